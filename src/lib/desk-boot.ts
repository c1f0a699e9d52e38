// The one script that runs before the page is drawn: it marks <html> with the agent's channel,
// with embed mode, and with `data-desk` (the desk's controls will work, so they take their place
// now), so the page is laid out right the first time (no header that disappears, no wording or
// control that moves text under the agent's eyes). It is inline, so astro.config.mjs adds its hash to
// the Content-Security-Policy (`deskBootHash`); it reads storage only through allow-lists.
import { createHash } from 'node:crypto';
import { CHANNEL_STORAGE_KEY, WRITTEN_CHANNELS } from './channels.ts';
import { EMBED_PARAM, EMBED_STORAGE_KEY } from './embed.ts';

/**
 * Each storage call on its own guard: a panel on another site may be refused storage (third-party
 * storage blocked) and must still get embed mode from its address.
 */
export const DESK_BOOT_SCRIPT = `(function(){var d=document.documentElement;d.setAttribute("data-desk","");function t(f){try{return f()}catch(x){return null}}var e=t(function(){return new URLSearchParams(location.search).get(${JSON.stringify(EMBED_PARAM)})}),k=${JSON.stringify(EMBED_STORAGE_KEY)};t(function(){if(e==="1")sessionStorage.setItem(k,"1");else if(e==="0")sessionStorage.removeItem(k)});if(e==="1"||(window.top!==window.self&&t(function(){return sessionStorage.getItem(k)})==="1"))d.setAttribute("data-embed","");var c=t(function(){return localStorage.getItem(${JSON.stringify(CHANNEL_STORAGE_KEY)})});if(${JSON.stringify(WRITTEN_CHANNELS)}.indexOf(c)>=0)d.setAttribute("data-channel",c)})();`;

/** The script's hash as the Content-Security-Policy names it. */
export function deskBootHash(): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(DESK_BOOT_SCRIPT).digest('base64')}`;
}
