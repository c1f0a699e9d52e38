import { FRONTLINE_VISIBILITY } from 'astro:env/server';

/** Site-wide settings that are not content. Override per deployment with environment variables. */
export const siteConfig = {
  /**
   * `internal` (the default) unless the deployment sets FRONTLINE_VISIBILITY=public: playbooks hold
   * authority limits and fraud procedures, so no page asks to be indexed and there is no sitemap.
   * Who may read the site is the host's job (docs/deployment.md, "Private by default").
   */
  visibility: FRONTLINE_VISIBILITY,
  /** Repository that takes content pull requests and "Flag this playbook" issues. */
  repository: import.meta.env['PUBLIC_FRONTLINE_REPO'] ?? 'https://github.com/frontline-kb/frontline',
  /** Branch that "Edit this page" links open. */
  branch: 'main',
  /** Commit the site was built from, shown in flags so reports point at the right text. */
  commit: import.meta.env['PUBLIC_FRONTLINE_COMMIT'] ?? 'unknown',
} as const;
