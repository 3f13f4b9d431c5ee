/**
 * The commands the learner's shell knows. Adding one is adding a file and a row; anything
 * else is `bash: NAME: command not found` (status 127), as on a machine without it.
 */
import type { Builtin } from '../state.js';
import { alias, unalias } from './alias.js';
import { base64 } from './base64.js';
import { breakBuiltin, continueBuiltin } from './control.js';
import { curl } from './curl.js';
import { echo } from './echo.js';
import { env, exit, exportBuiltin, unset } from './env.js';
import { cat, cd, cp, ls, mkdir, mv, pwd, rm, rmdir, touch } from './files.js';
import { cut, seq, tee, tr, uniq, xargs } from './filters.js';
import { helm } from './helm.js';
import { kubectl } from './kubectl.js';
import { clear, colon, falseBuiltin, trueBuiltin, watch } from './misc.js';
import { printf } from './printf.js';
import { bracket, test } from './test.js';
import { grep, head, sort, tail, wc } from './text.js';
import { date, sleep } from './time.js';

export const BUILTINS: Record<string, Builtin> = {
  kubectl,
  helm,
  curl,
  echo,
  printf,
  base64,
  cat,
  ls,
  mkdir,
  rm,
  rmdir,
  cp,
  mv,
  touch,
  pwd,
  cd,
  grep,
  head,
  tail,
  wc,
  sort,
  tee,
  tr,
  cut,
  uniq,
  seq,
  xargs,
  sleep,
  date,
  export: exportBuiltin,
  unset,
  env,
  exit,
  true: trueBuiltin,
  false: falseBuiltin,
  ':': colon,
  clear,
  watch,
  test,
  '[': bracket,
  alias,
  unalias,
  break: breakBuiltin,
  continue: continueBuiltin,
};
