// An SVG opened on its own is a document of the site's origin: its scripts run there, with the
// site's storage and offline cache. Patterns that look for `<script` miss `<svg:script>`,
// `<set attributeName="onload">` and entity-encoded `javascript:`, so an SVG is read with a strict
// XML parser (sax) and every element and attribute must be on a short list of plain drawing
// features: shapes, paths, groups, gradients, colours. No scripts, links, styles, foreign content,
// animation, entities or references outside the file.
import sax from 'sax';

const ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'title',
  'desc',
  'defs',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
]);

const ATTRIBUTES = new Set([
  'xmlns',
  'version',
  'viewBox',
  'preserveAspectRatio',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'd',
  'points',
  'transform',
  'id',
  'fill',
  'fill-opacity',
  'fill-rule',
  'clip-rule',
  'clip-path',
  'clipPathUnits',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'opacity',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'role',
  'aria-label',
  'aria-hidden',
  'focusable',
]);

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
/** The only reference a value may hold: to an element of the same file, `url(#id)`. */
const FOREIGN_REFERENCE = /url\(\s*(?!['"]?#)|[<>]/i;
/** Text may stand only in these (and whitespace anywhere). */
const TEXT_ELEMENTS = new Set(['title', 'desc']);

/** The first thing in `text` that is not a plain drawing, in words; undefined for a plain SVG. */
export function svgProblem(text: string): string | undefined {
  const parser = sax.parser(true, { xmlns: false });
  const open: string[] = [];
  let problem: string | undefined;
  const refuse = (what: string) => {
    problem ??= what;
  };
  parser.onopentag = (tag) => {
    if (open.length === 0 && tag.name !== 'svg') refuse(`its root element is <${tag.name}>, not <svg>`);
    if (!ELEMENTS.has(tag.name)) refuse(`it has a <${tag.name}> element`);
    for (const [name, attribute] of Object.entries(tag.attributes)) {
      const value = typeof attribute === 'string' ? attribute : attribute.value;
      if (!ATTRIBUTES.has(name)) refuse(`it has a ${name}="…" attribute on <${tag.name}>`);
      else if (name === 'xmlns' && value !== SVG_NAMESPACE) refuse(`it declares the namespace ${value}`);
      else if (FOREIGN_REFERENCE.test(value)) refuse(`its ${name} on <${tag.name}> refers outside the file`);
    }
    open.push(tag.name);
  };
  parser.onclosetag = () => {
    open.pop();
  };
  parser.ontext = (chars) => {
    if (chars.trim() && !TEXT_ELEMENTS.has(open.at(-1) ?? '')) refuse('it has text outside <title> and <desc>');
  };
  parser.oncdata = () => refuse('it has a CDATA section');
  parser.ondoctype = () => refuse('it has a DOCTYPE, which can declare entities');
  parser.onprocessinginstruction = (instruction) => {
    if (instruction.name !== 'xml') refuse(`it has a <?${instruction.name}?> processing instruction`);
  };
  parser.onerror = (error) => {
    refuse(`it is not well-formed XML (${error.message.split('\n')[0] ?? ''})`);
    parser.resume();
  };
  parser.write(text).close();
  if (!problem && !text.includes('<svg')) return 'it has no <svg> element';
  return problem;
}
