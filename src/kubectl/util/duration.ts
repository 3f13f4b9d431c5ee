/**
 * HumanDuration / ShortHumanDuration (kubernetes/apimachinery pkg/util/duration/duration.go).
 * The simulator's API server needs the same function for AGE cells, so the implementation
 * lives in src/sim and kubectl takes it from there.
 */
export { humanDuration, shortHumanDuration } from '../../sim/index.js';
