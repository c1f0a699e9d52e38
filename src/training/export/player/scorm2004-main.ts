// The player script of a SCORM 2004 package (bundled by scripts/lib/lms-package.ts).
import { startLesson } from './lesson.ts';
import { scorm2004Runtime } from './scorm.ts';

void startLesson(scorm2004Runtime());
