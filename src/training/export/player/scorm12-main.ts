// The player script of a SCORM 1.2 package (bundled by scripts/lib/lms-package.ts).
import { startLesson } from './lesson.ts';
import { scorm12Runtime } from './scorm.ts';

void startLesson(scorm12Runtime());
