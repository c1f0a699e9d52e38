// The agent-desktop features every page carries: embed mode, the channel switch and the recent
// and pinned playbooks under the search box (docs/agent-desktop.md).
import { mountChannelSwitches } from './channel.ts';
import { mountEmbedMode } from './embed.ts';
import { mountRecentAndPinned } from './recent.ts';

mountEmbedMode(document);
mountChannelSwitches(document);
mountRecentAndPinned(document);
