/** The `code` an awaited call was rejected with (OfficeExtension.Error carries one); "resolved" if none. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? "no code";
  }
  return "resolved";
}
