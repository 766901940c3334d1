import { Alert } from 'antd';
import { useEffect, useRef, type MouseEvent } from 'react';

export interface SummaryItem {
  /** The field on the page this message belongs to; absent when no input on the page can take focus. */
  target?: { name: string; inputId: string };
  label: string;
  message: string;
}

export interface Summary {
  title: string;
  items: SummaryItem[];
}

interface ErrorSummaryProps {
  summary: Summary;
  onFocusField: (name: string) => void;
}

/**
 * The GOV.UK error summary: one alert at the top of the form listing every problem,
 * each a link that moves focus to its field. Takes focus itself when it appears.
 */
export function ErrorSummary({ summary, onFocusField }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [summary]);

  const focus = (event: MouseEvent, target: SummaryItem['target']) => {
    event.preventDefault();
    if (target) onFocusField(target.name);
  };

  return (
    <div ref={ref} tabIndex={-1} className="error-summary">
      <Alert
        type="error"
        showIcon
        message={summary.title}
        description={
          summary.items.length > 0 ? (
            <ul className="error-summary-list">
              {summary.items.map((item) => (
                <li key={item.label + item.message}>
                  {item.target ? (
                    <a href={'#' + item.target.inputId} onClick={(event) => focus(event, item.target)}>
                      {item.label}：{item.message}
                    </a>
                  ) : (
                    <span>
                      {item.label}：{item.message}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : undefined
        }
      />
    </div>
  );
}
