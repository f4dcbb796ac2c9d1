export function SearchBox() {
  return (
    <input
      type="search"
      aria-label="Search"
      placeholder="Search causes, drugs, tests…"
      className="w-full rounded-md border border-slate-400 px-3 py-2"
    />
  )
}
