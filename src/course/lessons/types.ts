/**
 * The lesson model shared by the loader, the lint command and the TUI.
 * A lesson is Markdown with YAML front matter; everything here is plain data.
 */

/** One lesson, as loaded from `lessons/<topic>/en.md`. */
export interface Lesson {
  /** Equals the topic folder name, e.g. `deployments`. */
  id: string;
  title: string;
  /** Position in the course (1-based; lower comes first). */
  order: number;
  /** Ids of lessons to read first. */
  prerequisites: string[];
  estimatedMinutes: number;
  /** Scenario ids linked from the body as `scenario:<topic>/<name>`, in order of appearance, unique. */
  scenarios: string[];
  /** Path of the Markdown file, relative to the root given to `loadLessons`, with `/` separators. */
  file: string;
  /** The body without the front matter. */
  markdown: string;
}

/** Something wrong with a lesson that its author can fix. `key` is a front matter key or `body`. */
export interface LessonProblem {
  file: string;
  key: string;
  message: string;
}

export interface LoadLessonsOptions {
  /**
   * Answers whether a scenario id exists. The lint command passes one backed by the scenario
   * loader; without it scenario links are only checked for their form.
   */
  scenarioExists?: (id: string) => boolean;
  /** Lesson file name inside each topic folder. Default `en.md`. */
  fileName?: string;
}

export interface LoadLessonsResult {
  /** Lessons that parsed (even if they have problems), sorted by order, then id. */
  lessons: Lesson[];
  problems: LessonProblem[];
}
