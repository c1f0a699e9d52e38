// The player script of a cmi5 package (bundled by scripts/lib/lms-package.ts).
import { cmi5Runtime } from './cmi5.ts';
import { startLesson } from './lesson.ts';

void startLesson(cmi5Runtime());
