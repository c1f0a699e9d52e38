// The files an LMS reads first when a package is imported: imsmanifest.xml for SCORM 1.2 and SCORM
// 2004 4th edition, cmi5.xml for cmi5. The whole training is one SCO (one assignable unit): the LMS
// records one completion, one score and one pass or fail for it, as the assignment page does.
// No mastery score is declared: the package decides pass and fail itself (every module at its own
// pass mark, see lms-result.ts), and an LMS that compared a single score with a mastery score
// would overrule it.

export type LmsFormat = 'scorm12' | 'scorm2004' | 'cmi5';

export const LMS_FORMATS: readonly LmsFormat[] = ['scorm12', 'scorm2004', 'cmi5'];

export interface PackageDescription {
  /** A stable id for the package: `frontline-` and the path or module ids. */
  identifier: string;
  title: string;
  description: string;
  /** The lesson page, relative to the package root. */
  launch: string;
  /** Every file the lesson needs, relative to the package root, in a stable order. */
  files: readonly string[];
  /** The site's address, for cmi5's IRIs. */
  site: string;
}

/** Text for XML element content or a double-quoted attribute. */
export function xmlText(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** An XML ID (NCName): letters, digits, `-`, `_` and `.`, starting with a letter. */
export function xmlId(text: string): string {
  const id = text.replace(/[^A-Za-z0-9_.-]+/g, '-');
  return /^[A-Za-z_]/.test(id) ? id : `id-${id}`;
}

const fileList = (files: readonly string[], indent: string) => files.map((file) => `${indent}<file href="${xmlText(file)}"/>`).join('\n');

/** The XSDs a SCORM 1.2 manifest names, shipped at the package root as packages conventionally do. */
export const SCORM12_SCHEMAS = ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'] as const;

export function scorm12Manifest(description: PackageDescription): string {
  const id = xmlId(description.identifier);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${xmlText(description.title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${xmlText(description.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${xmlText(description.launch)}">
${fileList(description.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** The XSDs a SCORM 2004 4th edition manifest names (and those they include). */
export const SCORM2004_SCHEMAS = [
  'imscp_v1p1.xsd',
  'adlcp_v1p3.xsd',
  'adlseq_v1p3.xsd',
  'adlnav_v1p3.xsd',
  'imsss_v1p0.xsd',
  'imsss_v1p0auxresource.xsd',
  'imsss_v1p0control.xsd',
  'imsss_v1p0delivery.xsd',
  'imsss_v1p0limit.xsd',
  'imsss_v1p0objective.xsd',
  'imsss_v1p0random.xsd',
  'imsss_v1p0rollup.xsd',
  'imsss_v1p0seqrule.xsd',
  'imsss_v1p0util.xsd',
  'xml.xsd',
  'datatypes.dtd',
  'XMLSchema.dtd',
] as const;

export function scorm2004Manifest(description: PackageDescription): string {
  const id = xmlId(description.identifier);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${xmlText(description.title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco">
        <title>${xmlText(description.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="${xmlText(description.launch)}">
${fileList(description.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * cmi5's course structure (cmi5 spec, section 13). Course and AU ids are IRIs under the site's
 * address, so the same training exported twice is the same activity in the LRS. `moveOn` is
 * CompletedAndPassed: the LMS counts the AU satisfied once every question is answered and every
 * module passed, the same rule as the SCORM packages.
 */
export function cmi5CourseStructure(description: PackageDescription): string {
  const course = `${description.site.replace(/\/+$/, '')}/training/lms/${encodeURIComponent(description.identifier)}`;
  const langstring = (text: string, indent: string) => `${indent}<langstring lang="en">${xmlText(text)}</langstring>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xmlText(course)}">
    <title>
${langstring(description.title, '      ')}
    </title>
    <description>
${langstring(description.description, '      ')}
    </description>
  </course>
  <au id="${xmlText(`${course}/au`)}" moveOn="CompletedAndPassed" launchMethod="AnyWindow">
    <title>
${langstring(description.title, '      ')}
    </title>
    <description>
${langstring(description.description, '      ')}
    </description>
    <url>${xmlText(description.launch)}</url>
  </au>
</courseStructure>
`;
}

/** The file an LMS reads for `format`, and its text. */
export function packageDescriptor(format: LmsFormat, description: PackageDescription): { name: string; text: string } {
  if (format === 'cmi5') return { name: 'cmi5.xml', text: cmi5CourseStructure(description) };
  return { name: 'imsmanifest.xml', text: format === 'scorm12' ? scorm12Manifest(description) : scorm2004Manifest(description) };
}

/** The XSDs shipped beside the manifest: none for cmi5 (see docs/decisions.md, section 17). */
export function packageSchemas(format: LmsFormat): readonly string[] {
  if (format === 'scorm12') return SCORM12_SCHEMAS;
  return format === 'scorm2004' ? SCORM2004_SCHEMAS : [];
}
