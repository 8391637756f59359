import { useEffect, useState } from 'react';
import { useServices } from '../../services';

/** How many sources are enabled (null until known), so an empty queue can say why. */
export function useListeningSources(): number | null {
  const { bridge } = useServices();
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const refresh = () =>
      void bridge['sources.list']({}).then((result) => {
        if (result.ok) setCount(result.value.filter((source) => source.config.enabled).length);
      });
    refresh();
    return bridge.on('sourceStatus', refresh);
  }, [bridge]);
  return count;
}
