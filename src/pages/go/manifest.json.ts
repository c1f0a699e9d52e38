// /go/manifest.json: every contact reason with its stable address and the playbook it opens, for a
// CRM to map its case reasons to (docs/agent-desktop.md).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { contactReasonLinks, contactReasonManifest } from '../../lib/contact-reasons.ts';

export const GET: APIRoute = async ({ site }) => {
  const root = new URL(import.meta.env.BASE_URL, site ?? 'http://localhost/');
  const manifest = contactReasonManifest(contactReasonLinks(await getCollection('playbooks')), root);
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
