import { describe, expect, it } from 'vitest';
import {
  cmi5CourseStructure,
  packageDescriptor,
  packageSchemas,
  scorm12Manifest,
  scorm2004Manifest,
  xmlId,
  xmlText,
  type PackageDescription,
} from '../../../src/training/export/manifest.ts';
import { validateCourseStructure } from '../../../src/training/export/course-structure.ts';
import { validateManifest } from '../../../scripts/lib/lms-schemas.ts';

const PACKAGE: PackageDescription = {
  identifier: 'frontline-week-1',
  title: 'Week 1 — "calls" & <fees>',
  description: 'Frontline training: Taking calls, Fees.',
  launch: 'index.html',
  files: ['index.html', 'player.js', 'style.css', 'assets/map one.webp'],
  site: 'https://frontline.example.org/',
};

describe('XML text and ids', () => {
  it('escapes markup characters and drops characters XML cannot hold', () => {
    expect(xmlText('a < b & "c" > d\u0001')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });

  it('makes an id an NCName that starts with a letter', () => {
    expect(xmlId('frontline-week-1')).toBe('frontline-week-1');
    expect(xmlId('1 two/three')).toBe('id-1-two-three');
  });
});

describe('SCORM manifests', () => {
  it('validates a SCORM 1.2 manifest against the ADL and IMS schemas, with one SCO listing every file', async () => {
    const manifest = scorm12Manifest(PACKAGE);
    expect(await validateManifest('scorm12', manifest)).toEqual([]);
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(manifest).toContain('<file href="assets/map one.webp"/>');
    expect(manifest).toContain('<title>Week 1 — &quot;calls&quot; &amp; &lt;fees&gt;</title>');
  });

  it('validates a SCORM 2004 4th edition manifest against the ADL and IMS schemas', async () => {
    const manifest = scorm2004Manifest(PACKAGE);
    expect(await validateManifest('scorm2004', manifest)).toEqual([]);
    expect(manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(manifest).toContain('adlcp:scormType="sco"');
  });

  it('reports where a manifest breaks the schema', async () => {
    const broken = scorm2004Manifest(PACKAGE).replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"');
    expect(await validateManifest('scorm2004', broken)).toMatchInlineSnapshot(`
      [
        "imsmanifest.xml:23: Schemas validity error : Element '{http://www.imsglobal.org/xsd/imscp_v1p1}resource', attribute '{http://www.adlnet.org/xsd/adlcp_v1p3}scormType': [facet 'enumeration'] The value 'lesson' is not an element of the set {'sco', 'asset'}.",
      ]
    `);
  });

  it('declares no mastery score, so the LMS takes pass and fail from the package', () => {
    expect(scorm12Manifest(PACKAGE)).not.toContain('masteryscore');
    expect(scorm2004Manifest(PACKAGE)).not.toContain('minNormalizedMeasure');
  });
});

describe('cmi5 course structure', () => {
  it('passes the course-structure rules, with IRIs under the site and CompletedAndPassed', () => {
    const xml = cmi5CourseStructure(PACKAGE);
    expect(validateCourseStructure(xml)).toEqual([]);
    expect(xml).toContain('<course id="https://frontline.example.org/training/lms/frontline-week-1">');
    expect(xml).toContain('moveOn="CompletedAndPassed"');
    expect(xml).toContain('<url>index.html</url>');
  });
});

describe('what each format ships', () => {
  it('names imsmanifest.xml for SCORM and cmi5.xml for cmi5', () => {
    expect(packageDescriptor('scorm12', PACKAGE).name).toBe('imsmanifest.xml');
    expect(packageDescriptor('scorm2004', PACKAGE).name).toBe('imsmanifest.xml');
    expect(packageDescriptor('cmi5', PACKAGE).name).toBe('cmi5.xml');
  });

  it('ships the XSDs each SCORM manifest names, and none for cmi5', () => {
    expect(packageSchemas('scorm12')).toContain('imscp_rootv1p1p2.xsd');
    expect(packageSchemas('scorm2004')).toContain('imsss_v1p0.xsd');
    expect(packageSchemas('cmi5')).toEqual([]);
  });
});
