/**
 * Whether styles reach the terminal. With NO_COLOR or --no-color, chalk (inside ink) drops every
 * style, inverse included, so components that mark something with a style (the prompt's
 * cursor) draw a character instead.
 */
import { createContext } from 'react';

export const ColorContext = createContext(true);
