import { describe, expect, it } from 'vitest';
import { validateCourseStructure } from '../../../src/training/export/course-structure.ts';

const GOOD = `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="https://example.org/course">
    <title><langstring lang="en">Course</langstring></title>
    <description><langstring lang="en">About it</langstring></description>
  </course>
  <au id="https://example.org/course/au" moveOn="Passed">
    <title><langstring lang="en">Lesson</langstring></title>
    <description><langstring lang="en">About it</langstring></description>
    <url>index.html</url>
  </au>
</courseStructure>`;

describe('validateCourseStructure', () => {
  it('accepts a course with one AU', () => {
    expect(validateCourseStructure(GOOD)).toEqual([]);
  });

  it('reports every broken rule with its line', () => {
    const bad = GOOD.replace('https://example.org/course/au', 'not an iri')
      .replace('moveOn="Passed"', 'moveOn="Whenever"')
      .replace('<url>index.html</url>', '<url> </url>')
      .replace('<langstring lang="en">Course</langstring>', '<langstring>Course</langstring>');
    expect(validateCourseStructure(bad)).toMatchInlineSnapshot(`
      [
        "cmi5.xml:4: <langstring> needs a lang attribute",
        "cmi5.xml:7: <au id> must be an IRI",
        "cmi5.xml:7: <au moveOn> must be one of Passed, Completed, CompletedAndPassed, CompletedOrPassed, NotApplicable, not Whenever",
        "cmi5.xml:7: <au> needs a <url> to launch",
      ]
    `);
  });

  it('refuses another root, another namespace and a course without an AU', () => {
    expect(validateCourseStructure('<manifest><course id="x:y"/></manifest>')).toMatchInlineSnapshot(`
      [
        "cmi5.xml:1: the root element is <manifest>; cmi5 needs <courseStructure>",
        "cmi5.xml:1: <courseStructure> must be in the namespace https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd",
        "cmi5.xml:1: <course> needs a <title>",
        "cmi5.xml:1: <course> needs a <description>",
        "cmi5.xml:1: <courseStructure> needs at least one <au>",
      ]
    `);
  });

  it('reports XML that is not well-formed', () => {
    expect(validateCourseStructure('<courseStructure><course></courseStructure>')[0]).toMatch(/^cmi5\.xml:1: /);
  });
});
