// The page inside an LMS package, made from the built site's own pages (so it says what the site
// said on the day of the build): each module as its page shows it (objectives, reading, knowledge
// checks, role-plays, without the trainer's notes), then each playbook it names, once. The HTML is
// the build's, already checked; it is only moved: headings go down a level, ids get a prefix so
// two pages' ids cannot collide, links to playbooks in the package become in-page links, other
// site links point at the site, images are copied beside the page, and scripts are dropped (the
// package's one script is the player).
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { CatalogModule, TrainingCatalog } from '../catalog.ts';
import { catalogJson } from '../catalog.ts';

export interface LessonInput {
  title: string;
  modules: readonly CatalogModule[];
  /** Built HTML of each module's page, by module id. */
  modulePages: ReadonlyMap<string, string>;
  /** Built HTML of each playbook's page, by playbook id. */
  playbookPages: ReadonlyMap<string, string>;
  /** The site's address, for links to pages that are not in the package. */
  site: string;
  /** Whether the player talks to an LRS on another origin (cmi5). */
  connects: boolean;
}

export interface LessonPage {
  html: string;
  /** Site paths of images the page shows (`/_astro/…`), each copied to `assets/<name>`. */
  assets: string[];
}

type Node = Root | Element;

const isElement = (node: RootContent | ElementContent | Root): node is Element => node.type === 'element';

function classes(element: Element): string[] {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

function find(node: Node, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function remove(node: Node, test: (element: Element) => boolean): void {
  node.children = node.children.filter((child) => !(isElement(child) && test(child))) as typeof node.children;
  for (const child of node.children) if (isElement(child)) remove(child, test);
}

function walk(node: Node, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    visit(child);
    walk(child, visit);
  }
}

const ID_REFERENCES = ['htmlFor', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaControls'] as const;

interface Rewrite {
  prefix: string;
  /** Heading levels to go down by. */
  demote: number;
  playbooks: ReadonlySet<string>;
  site: string;
  assets: Set<string>;
}

/** Moves one fragment of a built page into the lesson (see the file's comment). */
function rewrite(fragment: Element, options: Rewrite): Element {
  remove(fragment, (element) => element.tagName === 'script' || element.tagName === 'style');
  walk(fragment, (element) => {
    const { properties } = element;
    const heading = /^h([1-6])$/.exec(element.tagName);
    if (heading) element.tagName = `h${Math.min(6, Number(heading[1]) + options.demote)}`;
    if (typeof properties['id'] === 'string') properties['id'] = options.prefix + properties['id'];
    for (const name of ID_REFERENCES) {
      const value: unknown = properties[name];
      if (Array.isArray(value)) properties[name] = value.map((id) => options.prefix + String(id));
      else if (typeof value === 'string') (properties as Record<string, unknown>)[name] = options.prefix + value;
    }
    // Radio groups are named by their question's id; renamed alike, so groups stay groups.
    if (element.tagName === 'input' && typeof properties['name'] === 'string') properties['name'] = options.prefix + properties['name'];
    if (element.tagName === 'a' && typeof properties['href'] === 'string') properties['href'] = link(properties['href'], options);
    if (element.tagName === 'img' && typeof properties['src'] === 'string') {
      const src = properties['src'];
      if (src.startsWith('/')) {
        options.assets.add(src.split(/[?#]/)[0] ?? src);
        properties['src'] = `assets/${src.split('/').pop()?.split(/[?#]/)[0] ?? ''}`;
      }
      delete properties['srcSet'];
    }
  });
  return fragment;
}

function link(href: string, options: Rewrite): string {
  if (href.startsWith('#')) return `#${options.prefix}${href.slice(1)}`;
  const playbook = /^\/playbooks\/([a-z0-9-]+)\/?(#.*)?$/.exec(href);
  if (playbook && options.playbooks.has(playbook[1] ?? '')) return `#playbook-${playbook[1] ?? ''}`;
  return href.startsWith('/') ? `${options.site.replace(/\/+$/, '')}${href}` : href;
}

/** The hidden block of search metadata at the top of a page (src/components/search/SearchData.astro). */
const isSearchData = (element: Element) =>
  element.tagName === 'div' && element.properties['hidden'] !== undefined && element.properties['dataPagefindIgnore'] !== undefined;

function article(html: string, className: string, what: string): Element {
  const found = find(fromHtml(html), (element) => element.tagName === 'article' && classes(element).includes(className));
  if (!found) throw new Error(`${what} has no <article class="${className}">: was the site built with this version of Frontline?`);
  return found;
}

const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** One module as its page shows it, for the lesson: a section headed by the module's title. */
function moduleSection(module: CatalogModule, html: string, base: Omit<Rewrite, 'prefix' | 'demote'>): Element {
  const page = article(html, 'training-module', `The page of module "${module.id}"`);
  remove(page, (element) => {
    const names = classes(element);
    return (
      isSearchData(element) || names.includes('page-meta') || names.includes('training-module__before') || names.includes('trainer-notes')
    );
  });
  const body = rewrite(page, { ...base, prefix: `m-${module.id}-`, demote: 1 });
  const score = h('p', { className: ['assignment__module-score'] }, [
    text('Score: '),
    h('span', { dataModuleScore: module.id }),
    text(` · Pass mark ${module.passMark}%: `),
    h('strong', { className: ['assignment__pass'], dataModulePass: module.id }, [text('Not yet')]),
  ]);
  return h('section', { id: `module-${module.id}`, className: ['lesson__module'], dataLessonModule: module.id }, [...body.children, score]);
}

/** One playbook, folded until opened: opening it counts as reading it. */
function playbookSection(id: string, html: string, base: Omit<Rewrite, 'prefix' | 'demote'>): Element {
  const page = article(html, 'playbook', `The page of playbook "${id}"`);
  remove(page, (element) => isSearchData(element) || classes(element).includes('related'));
  // Down one level: the title (h1, now h2) moves into the summary, under "The playbooks" (h2).
  const body = rewrite(page, { ...base, prefix: `p-${id}-`, demote: 1 });
  const heading = find(body, (element) => element.tagName === 'h2');
  if (heading) remove(body, (element) => element === heading);
  const summary = h('summary', { className: ['lesson__playbook-title'] }, heading ? heading.children : [text(id)]);
  return h('details', { id: `playbook-${id}`, className: ['lesson__playbook'], dataPlaybook: id }, [
    summary,
    h('article', { className: ['playbook'] }, body.children),
  ]);
}

/** The lesson's HTML document, and the images it needs copied. */
export function lessonPage(input: LessonInput): LessonPage {
  const playbooks = [...new Set(input.modules.flatMap((module) => module.steps.map((step) => step.playbook)))];
  const assets = new Set<string>();
  const base = { playbooks: new Set(playbooks), site: input.site, assets };
  const page = (id: string, pages: ReadonlyMap<string, string>, what: string) => {
    const html = pages.get(id);
    if (html === undefined) throw new Error(`${what} "${id}" is not in the built site: run npm run build first.`);
    return html;
  };
  const modules = input.modules.map((module) => moduleSection(module, page(module.id, input.modulePages, 'Module'), base));
  const readings = playbooks.map((id) => playbookSection(id, page(id, input.playbookPages, 'Playbook'), base));
  const catalog: TrainingCatalog = { modules: [...input.modules], paths: [] };
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    `connect-src ${input.connects ? '*' : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const main = h('main', { id: 'main', className: ['lesson'], dataLesson: '' }, [
    h('h1', {}, [text(input.title)]),
    h('p', { className: ['lesson__status'], role: 'status', dataLessonStatus: '' }, [text('Starting…')]),
    h('dl', { className: ['assignment__facts'] }, [
      h('div', {}, [h('dt', {}, [text('Score so far')]), h('dd', { dataAssignmentScore: '' })]),
      h('div', {}, [h('dt', {}, [text('Modules passed')]), h('dd', { dataAssignmentPassed: '' })]),
    ]),
    h('nav', { ariaLabel: 'Modules' }, [
      h(
        'ol',
        {},
        input.modules.map((module) => h('li', {}, [h('a', { href: `#module-${module.id}` }, [text(module.title)])])),
      ),
    ]),
    ...modules,
    h('section', { className: ['lesson__playbooks'], ariaLabelledBy: ['lesson-playbooks'] }, [
      h('h2', { id: 'lesson-playbooks' }, [text('The playbooks')]),
      h('p', {}, [text('Open each playbook to read it: the course counts it as read.')]),
      ...readings,
    ]),
  ]);
  const document = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="content-security-policy" content="${csp}"><title>${toHtml(text(input.title))}</title><link rel="stylesheet" href="style.css"><link rel="stylesheet" href="lesson.css"></head><body>${toHtml(main)}<script type="application/json" id="training-catalog">${catalogJson(catalog)}</script><script src="player.js"></script></body></html>\n`;
  return { html: document, assets: [...assets].sort() };
}

/** The package's own few styles, beside the site's stylesheet. */
export const LESSON_CSS = `.lesson { max-width: 52rem; margin: 0 auto; padding: 1rem; }
.lesson__module { border-top: 1px solid var(--line, #ccc); margin-top: 2rem; padding-top: 1rem; }
.lesson__playbook { margin: 0.75rem 0; border: 1px solid var(--line, #ccc); border-radius: var(--radius, 4px); padding: 0.5rem 0.9rem; }
.lesson__playbook-title { font-weight: 600; cursor: pointer; }
.lesson__status:empty { display: none; }
`;
