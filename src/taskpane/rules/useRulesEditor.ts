import { useCallback, useEffect, useMemo, useState } from "react";
import { describeError, type PaneError } from "../state/paneError";
import type { LoadedRules, RulesActions } from "./rulesActions";
import { evaluateForm, textsOf, type FormEvaluation, type FormTexts } from "./rulesForm";

export type RulesEditorState =
  | { readonly kind: "loading" }
  | { readonly kind: "failed"; readonly error: PaneError }
  | {
      readonly kind: "ready";
      readonly loaded: LoadedRules;
      readonly texts: FormTexts;
      readonly evaluation: FormEvaluation;
      readonly saving: boolean;
      readonly savedTo: string | null;
      readonly saveError: PaneError | null;
    };

export interface RulesEditorControls {
  readonly state: RulesEditorState;
  readonly edit: (key: string, text: string) => void;
  readonly resetToDefaults: () => void;
  readonly save: () => void;
}

interface Ready {
  readonly loaded: LoadedRules;
  readonly texts: FormTexts;
  readonly saving: boolean;
  readonly savedTo: string | null;
  readonly saveError: PaneError | null;
}

/** Loads the workbook's rules once, keeps the typed texts, saves through the actions. */
export function useRulesEditor(actions: RulesActions): RulesEditorControls {
  const [ready, setReady] = useState<Ready | null>(null);
  const [loadError, setLoadError] = useState<PaneError | null>(null);

  useEffect(() => {
    let live = true;
    actions.load().then(
      (loaded) =>
        live &&
        setReady({
          loaded,
          texts: textsOf(loaded.config, loaded.lang),
          saving: false,
          savedTo: null,
          saveError: null,
        }),
      (error: unknown) => live && setLoadError(describeError(error)),
    );
    return () => {
      live = false;
    };
  }, [actions]);

  const evaluation = useMemo(
    () => (ready === null ? null : evaluateForm(ready.texts, ready.loaded.defaults)),
    [ready?.texts, ready?.loaded.defaults],
  );

  const edit = useCallback((key: string, text: string) => {
    setReady((current) => current && { ...current, texts: { ...current.texts, [key]: text }, savedTo: null });
  }, []);

  const resetToDefaults = useCallback(() => {
    setReady(
      (current) =>
        current && {
          ...current,
          texts: textsOf(current.loaded.defaults, current.loaded.lang),
          savedTo: null,
        },
    );
  }, []);

  const save = useCallback(() => {
    if (ready === null || evaluation === null || evaluation.problemCount > 0 || ready.saving) return;
    setReady({ ...ready, saving: true, saveError: null });
    actions.save(evaluation.config).then(
      ({ sheet }) => setReady((current) => current && { ...current, saving: false, savedTo: sheet }),
      (error: unknown) =>
        setReady((current) => current && { ...current, saving: false, saveError: describeError(error) }),
    );
  }, [actions, ready, evaluation]);

  let state: RulesEditorState;
  if (ready !== null && evaluation !== null) state = { kind: "ready", ...ready, evaluation };
  else if (loadError !== null) state = { kind: "failed", error: loadError };
  else state = { kind: "loading" };
  return { state, edit, resetToDefaults, save };
}
