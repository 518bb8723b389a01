import { useLayoutEffect, useMemo, useRef, useState } from "react"
import {
  completeVariable,
  insertVariable,
  matchVariables,
  type TextEdit,
  type VariableQuery,
  variableQueryAt,
} from "~templates/autocomplete"
import { VARIABLES } from "~templates/variables"
import { inUiLanguage, t, uiLanguage } from "~ui/i18n"

const MAX_COMPLETIONS = 8

interface Props {
  value: string
  onChange: (value: string) => void
  disabled: boolean
  invalid: boolean
}

/** The Liquid body: a variables palette that inserts at the cursor, and completion after `{{`. */
export function BodyEditor({ value, onChange, disabled, invalid }: Props) {
  const textarea = useRef<HTMLTextAreaElement>(null)
  const pendingCursor = useRef<number>()
  const [completion, setCompletion] = useState<{ at: VariableQuery; active: number }>()
  const query = completion?.at.query
  const matches = useMemo(
    () =>
      query === undefined
        ? []
        : matchVariables(query, VARIABLES, uiLanguage()).slice(0, MAX_COMPLETIONS),
    [query],
  )

  // Put the cursor after what was inserted once React has written the new value.
  useLayoutEffect(() => {
    const cursor = pendingCursor.current
    if (cursor === undefined || !textarea.current) return
    pendingCursor.current = undefined
    textarea.current.focus()
    textarea.current.setSelectionRange(cursor, cursor)
  })

  const apply = (edit: TextEdit) => {
    pendingCursor.current = edit.cursor
    setCompletion(undefined)
    onChange(edit.text)
  }

  const followCursor = (element: HTMLTextAreaElement) => {
    const at =
      element.selectionStart === element.selectionEnd
        ? variableQueryAt(element.value, element.selectionStart)
        : undefined
    setCompletion((current) =>
      at ? { at, active: current?.at.start === at.start ? current.active : 0 } : undefined,
    )
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (!completion || matches.length === 0) return
    const move = (step: number) =>
      setCompletion({
        ...completion,
        active: (completion.active + step + matches.length) % matches.length,
      })
    if (event.key === "ArrowDown") move(1)
    else if (event.key === "ArrowUp") move(-1)
    else if (event.key === "Enter" || event.key === "Tab") {
      const element = event.currentTarget
      apply(
        completeVariable(
          element.value,
          element.selectionStart,
          completion.at,
          matches[Math.min(completion.active, matches.length - 1)].path,
        ),
      )
    } else if (event.key === "Escape") setCompletion(undefined)
    else return
    event.preventDefault()
  }

  const insertFromPalette = (path: string) => {
    const element = textarea.current
    const start = element?.selectionStart ?? value.length
    const end = element?.selectionEnd ?? value.length
    apply(insertVariable(value, start, end, path))
  }

  const labels = VARIABLES.map((variable) => inUiLanguage(variable.label))
  const activeId = completion ? `variable-completion-${completion.active}` : undefined
  return (
    <div className="flex flex-col gap-2">
      <div className="relative">
        <textarea
          ref={textarea}
          className={`min-h-44 w-full rounded-md border px-2 py-1.5 font-mono text-[13px] ${invalid ? "border-red-500" : "border-slate-300"}`}
          value={value}
          disabled={disabled}
          maxLength={20_000}
          onChange={(event) => {
            onChange(event.target.value)
            followCursor(event.target)
          }}
          onSelect={(event) => followCursor(event.currentTarget)}
          onKeyDown={onKeyDown}
          onBlur={() => setCompletion(undefined)}
          role="combobox"
          aria-label={t("libraryBody")}
          aria-expanded={matches.length > 0}
          aria-controls="variable-completions"
          aria-autocomplete="list"
          aria-activedescendant={matches.length > 0 ? activeId : undefined}
          aria-invalid={invalid}
          data-testid="library-body"
        />
        {matches.length > 0 && (
          <div
            id="variable-completions"
            role="listbox"
            className="absolute left-2 top-full z-10 mt-1 max-h-64 w-80 overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
            data-testid="variable-completions"
          >
            {matches.map((variable, index) => (
              <div
                key={variable.path}
                tabIndex={-1}
                id={`variable-completion-${index}`}
                role="option"
                aria-selected={index === completion?.active}
                className={`flex cursor-pointer items-baseline justify-between gap-3 px-2 py-1 ${index === completion?.active ? "bg-teal-50" : ""}`}
                // mousedown, not click: the textarea must keep its cursor.
                onMouseDown={(event) => {
                  event.preventDefault()
                  const element = textarea.current
                  if (!element || !completion) return
                  apply(
                    completeVariable(
                      element.value,
                      element.selectionStart,
                      completion.at,
                      variable.path,
                    ),
                  )
                }}
              >
                <code className="text-[12px] text-slate-800">{variable.path}</code>
                <span className="truncate text-[11px] text-slate-500">
                  {inUiLanguage(variable.label)}
                </span>
              </div>
            ))}
          </div>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <span className="text-[12px] text-slate-600">{t("libraryPaletteHelp")}</span>
        <div className="flex flex-wrap gap-1" data-testid="variable-palette">
          {VARIABLES.map((variable, index) => (
            <button
              key={variable.path}
              type="button"
              disabled={disabled}
              className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 text-[12px] text-slate-700 hover:bg-teal-50"
              title={`{{ ${variable.path} }}`}
              onClick={() => insertFromPalette(variable.path)}
              data-variable={variable.path}
            >
              {labels[index]}
              {/* Two facts can share a label ("delivery date"): the path tells them apart. */}
              {labels.indexOf(labels[index]) !== labels.lastIndexOf(labels[index]) && (
                <code className="ml-1 text-[11px] text-slate-500">{variable.path}</code>
              )}
            </button>
          ))}
        </div>
      </div>
    </div>
  )
}
