import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../scripts/lib/lms-schemas.ts';

const SCORM12 = (organization: string) => `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="m" xml:base="course/" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <organizations default="o">${organization}</organizations>
  <resources><resource identifier="r" type="webcontent" adlcp:scormtype="sco" href="index.html"><file href="index.html"/></resource></resources>
</manifest>`;

describe('validateManifest', () => {
  it('reads xml:base through the W3C xml.xsd standing in for SCORM 1.2’s ims_xml.xsd', async () => {
    const organization =
      '<organization identifier="o"><title>T</title><item identifier="i" identifierref="r"><title>T</title></item></organization>';
    expect(await validateManifest('scorm12', SCORM12(organization))).toEqual([]);
  });

  it('names the line and the element a SCORM 1.2 manifest gets wrong', async () => {
    const organization = '<organization identifier="o"><item identifier="i" identifierref="r"><heading>T</heading></item></organization>';
    expect(await validateManifest('scorm12', SCORM12(organization))).toMatchInlineSnapshot(`
      [
        "imsmanifest.xml:3: Schemas validity error : Element '{http://www.imsproject.org/xsd/imscp_rootv1p1p2}heading': This element is not expected. Expected is one of ( {http://www.imsproject.org/xsd/imscp_rootv1p1p2}title, {http://www.imsproject.org/xsd/imscp_rootv1p1p2}item, {http://www.imsproject.org/xsd/imscp_rootv1p1p2}metadata, ##other{http://www.imsproject.org/xsd/imscp_rootv1p1p2}* ).",
      ]
    `);
  });

  it('leaves cmi5 to the course-structure rules', async () => {
    await expect(validateManifest('cmi5', '<courseStructure/>')).rejects.toThrow(/validateCourseStructure/);
  });
});
