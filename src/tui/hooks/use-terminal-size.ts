/** The terminal's size, updated on resize (80×24 when the stream does not say). */
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface Size {
  columns: number;
  rows: number;
}

export function useTerminalSize(fallback: Size = { columns: 80, rows: 24 }): Size {
  const { stdout } = useStdout();
  const read = (): Size => ({ columns: stdout.columns || fallback.columns, rows: stdout.rows || fallback.rows });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = (): void => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
