import { useCallback, useEffect, useState } from "react";
import type { Bilingual } from "../../engine/labels";
import { readChoice, writeChoice } from "../i18n/storedChoice";
import type { PaneHost } from "../host";

const DISMISSED_KEY = "dismissed-limitations";

function fingerprint(limitations: readonly Bilingual[]): string {
  return limitations.map((item) => item.en).join("|");
}

/**
 * What the host cannot do, shown once: dismissing it is remembered until the list changes
 * (another Excel, another version).
 */
export function useLimitations(host: PaneHost): [readonly Bilingual[], () => void] {
  const [limitations, setLimitations] = useState<readonly Bilingual[]>([]);

  useEffect(() => {
    let live = true;
    host.limitations().then(
      (found) => {
        if (live && found.length > 0 && readChoice(DISMISSED_KEY) !== fingerprint(found))
          setLimitations(found);
      },
      // A host that cannot say what it lacks has nothing to show.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);

  const dismiss = useCallback(() => {
    writeChoice(DISMISSED_KEY, fingerprint(limitations));
    setLimitations([]);
  }, [limitations]);

  return [limitations, dismiss];
}
