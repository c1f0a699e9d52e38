// Checks a cmi5.xml against the rules of the cmi5 spec's course structure (section 13.1): the
// cmi5 XSD is not published in any npm package, so it cannot be shipped from one (see
// docs/decisions.md, section 17); these are the parts of it an LMS refuses a package for. Read
// with sax, as the content check reads SVG.
import sax from 'sax';

const NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
const MOVE_ON = new Set(['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable']);
const LAUNCH_METHOD = new Set(['AnyWindow', 'OwnWindow']);

interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
  line: number;
}

function parse(xml: string): { root?: Node; errors: string[] } {
  const parser = sax.parser(true, { xmlns: false, position: true });
  const errors: string[] = [];
  const stack: Node[] = [];
  let root: Node | undefined;
  parser.onerror = (error) => {
    errors.push(`cmi5.xml:${parser.line + 1}: ${error.message.split('\n')[0] ?? 'not well-formed'}`);
    parser.resume();
  };
  parser.onopentag = (tag) => {
    const node: Node = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
      line: parser.line + 1,
    };
    stack.at(-1)?.children.push(node);
    root ??= node;
    stack.push(node);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  };
  parser.write(xml).close();
  return root ? { root, errors } : { errors };
}

const isIri = (text: string | undefined): text is string => text !== undefined && /^[a-z][a-z0-9+.-]*:\S+$/i.test(text);

/** Every way `xml` breaks cmi5's course structure, as "cmi5.xml:line: what and how to fix it"; empty when it is fine. */
export function validateCourseStructure(xml: string): string[] {
  const { root, errors } = parse(xml);
  if (!root) return errors.length ? errors : ['cmi5.xml: empty document'];
  const problems = [...errors];
  const at = (node: Node, message: string) => problems.push(`cmi5.xml:${node.line}: ${message}`);
  if (root.name !== 'courseStructure') at(root, `the root element is <${root.name}>; cmi5 needs <courseStructure>`);
  if (root.attributes['xmlns'] !== NAMESPACE) at(root, `<courseStructure> must be in the namespace ${NAMESPACE}`);
  const langstrings = (parent: Node, element: 'title' | 'description') => {
    const found = parent.children.find((child) => child.name === element);
    if (!found) {
      at(parent, `<${parent.name}> needs a <${element}>`);
      return;
    }
    const strings = found.children.filter((child) => child.name === 'langstring');
    if (strings.length === 0) at(found, `<${element}> needs at least one <langstring lang="…">`);
    for (const string of strings) {
      if (!string.attributes['lang']) at(string, '<langstring> needs a lang attribute');
      if (!string.text.trim()) at(string, '<langstring> is empty');
    }
  };
  const courses = root.children.filter((child) => child.name === 'course');
  if (courses.length !== 1) at(root, `<courseStructure> needs exactly one <course>, not ${courses.length}`);
  for (const course of courses) {
    if (!isIri(course.attributes['id'])) at(course, '<course id> must be an IRI');
    langstrings(course, 'title');
    langstrings(course, 'description');
  }
  const units = root.children.filter((child) => child.name === 'au' || child.name === 'block');
  if (!units.some((unit) => unit.name === 'au')) at(root, '<courseStructure> needs at least one <au>');
  const ids = new Set<string>();
  for (const au of units.filter((unit) => unit.name === 'au')) {
    const id = au.attributes['id'];
    if (!isIri(id)) at(au, '<au id> must be an IRI');
    else if (ids.has(id)) at(au, `<au id> ${id} is used twice`);
    else ids.add(id);
    const moveOn = au.attributes['moveOn'];
    if (moveOn !== undefined && !MOVE_ON.has(moveOn)) at(au, `<au moveOn> must be one of ${[...MOVE_ON].join(', ')}, not ${moveOn}`);
    const launch = au.attributes['launchMethod'];
    if (launch !== undefined && !LAUNCH_METHOD.has(launch)) at(au, `<au launchMethod> must be AnyWindow or OwnWindow, not ${launch}`);
    langstrings(au, 'title');
    langstrings(au, 'description');
    const url = au.children.find((child) => child.name === 'url');
    if (!url?.text.trim()) at(au, '<au> needs a <url> to launch');
  }
  return problems;
}
