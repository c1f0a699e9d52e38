import { describe, expect, it } from 'vitest';
import { lessonPage, type LessonInput } from '../../../src/training/export/lesson-page.ts';
import { CALLS, FEES } from './fixtures.ts';

const modulePage = (id: string) => `<!DOCTYPE html><html><body><main>
<article class="training-module" data-pagefind-body><div hidden data-pagefind-ignore><span>search meta</span></div>
<p class="page-meta"><a href="/training/">Training module</a></p>
<h1>Module ${id}</h1>
<section aria-labelledby="reading"><h2 id="reading">Read these</h2><ol><li><a href="/playbooks/greeting/">Greeting</a></li><li><a href="/playbooks/elsewhere/#step">Elsewhere</a></li></ol></section>
<form data-check="${id}:q1" data-answer="A"><input type="radio" name="check-${id}-q1" value="A"><label for="choice-${id}">A</label><button type="submit" data-check-submit hidden>Check answer</button></form>
<details class="trainer-notes"><summary>Trainer notes</summary><p>Only for trainers</p></details>
<script>alert(1)</script>
</article></main></body></html>`;

const playbookPage = (id: string) => `<!DOCTYPE html><html><body><main>
<article class="playbook"><div hidden data-pagefind-ignore>meta</div><h1>Playbook ${id}</h1>
<section aria-labelledby="steps"><h2 id="steps">Steps</h2><p>Say <a href="#steps">this</a>.</p><img src="/_astro/map.abc.webp" srcset="/_astro/map.abc@2x.webp 2x" alt="A map"></section>
<section class="related"><h2>Related</h2></section>
</article></main></body></html>`;

const INPUT: LessonInput = {
  title: 'Week 1 <script>',
  modules: [CALLS, FEES],
  modulePages: new Map([
    ['calls', modulePage('calls')],
    ['fees', modulePage('fees')],
  ]),
  playbookPages: new Map([
    ['greeting', playbookPage('greeting')],
    ['fee-waiver', playbookPage('fee-waiver')],
  ]),
  site: 'https://frontline.example.org/',
  connects: false,
};

describe('lessonPage', () => {
  const { html, assets } = lessonPage(INPUT);

  it('shows each module from its built page, headings a level down, without search data, site links or trainer notes', () => {
    expect(html).toMatch(/<section id="module-calls" class="lesson__module" data-lesson-module="calls">\s*<h2>Module calls<\/h2>/);
    expect(html).not.toContain('search meta');
    expect(html).not.toContain('Training module');
    expect(html).not.toContain('Only for trainers');
  });

  it('keeps the knowledge checks the player mounts, with ids and radio groups renamed per module', () => {
    expect(html).toContain('<form data-check="calls:q1" data-answer="A"><input type="radio" name="m-calls-check-calls-q1" value="A">');
    expect(html).toContain('<label for="m-calls-choice-calls">');
    expect(html).toContain('<button type="submit" data-check-submit="" hidden>');
    expect(html).toContain('aria-labelledby="m-fees-reading"><h3 id="m-fees-reading">');
  });

  it('shows each playbook once, folded, and links to it in the page; other site pages link to the site', () => {
    expect(html.match(/<details id="playbook-greeting"/g)).toHaveLength(1);
    expect(html).toContain(
      '<details id="playbook-fee-waiver" class="lesson__playbook" data-playbook="fee-waiver"><summary class="lesson__playbook-title">Playbook fee-waiver</summary>',
    );
    expect(html).toContain('<a href="#playbook-greeting">Greeting</a>');
    expect(html).toContain('<a href="https://frontline.example.org/playbooks/elsewhere/#step">Elsewhere</a>');
    expect(html).toContain('Say <a href="#p-greeting-steps">this</a>');
    expect(html).not.toContain('Related');
  });

  it('drops every script from the pages and escapes the title, so the player is the only script', () => {
    expect(html).not.toContain('alert(1)');
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain('<title>Week 1 &#x3C;script></title>');
    expect(html).toContain('<script src="player.js"></script>');
    expect(html).toContain('<script type="application/json" id="training-catalog">{"modules":[{"id":"calls"');
  });

  it('copies images beside the page, without the other resolutions', () => {
    expect(assets).toEqual(['/_astro/map.abc.webp']);
    expect(html).toContain('<img src="assets/map.abc.webp" alt="A map">');
  });

  it('allows connections only for cmi5, which talks to an LRS', () => {
    expect(html).toContain("connect-src 'none'");
    expect(lessonPage({ ...INPUT, connects: true }).html).toContain('connect-src *');
  });

  it('says to build the site when a page is missing', () => {
    expect(() => lessonPage({ ...INPUT, playbookPages: new Map() })).toThrowErrorMatchingInlineSnapshot(
      `[Error: Playbook "greeting" is not in the built site: run npm run build first.]`,
    );
    expect(() =>
      lessonPage({
        ...INPUT,
        modulePages: new Map([
          ['calls', '<p>no article</p>'],
          ['fees', ''],
        ]),
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: The page of module "calls" has no <article class="training-module">: was the site built with this version of Frontline?]`,
    );
  });
});
