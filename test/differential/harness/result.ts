/** What one kubectl command printed and returned, on either side of a differential run. */
export interface CommandResult {
  /** The script line as written. */
  line: string;
  lineNo: number;
  code: number;
  stdout: string;
  stderr: string;
}

/** How a side of the run is set up; both sides get the same values. */
export interface RunSetup {
  /** Folder holding the script's manifests (a fresh copy per side): the working directory. */
  root: string;
  /** Path of the kubeconfig file (the real kubectl reads it; the embedded one names it in messages). */
  kubeconfigPath: string;
  /** $HOME for both sides. */
  home: string;
}
