/** A KubectlIO that records stdout, stderr and both interleaved, for transcript tests. */
import type { KubectlIO } from '../types.js';

export class CaptureIO implements KubectlIO {
  stdout = '';
  stderr = '';
  /** Both streams in the order written, as a terminal would show them. */
  combined = '';

  constructor(public stdin?: string) {}

  out(text: string): void {
    this.stdout += text;
    this.combined += text;
  }

  err(text: string): void {
    this.stderr += text;
    this.combined += text;
  }
}
