import * as React from 'react';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export type NoticeProps = {
  readonly intent: 'error' | 'warning' | 'success' | 'info';
  readonly title?: string;
  /** Buttons that resolve the message (e.g. read the workbook again). */
  readonly actions?: React.ReactNode;
  readonly children: React.ReactNode;
};

/** A Fluent MessageBar that wraps its text (task panes are narrow) and is announced politely. */
export function Notice(props: NoticeProps): React.ReactElement {
  return (
    <MessageBar intent={props.intent} layout="multiline" politeness={props.intent === 'error' ? 'assertive' : 'polite'}>
      <MessageBarBody>
        {props.title ? <MessageBarTitle>{props.title}</MessageBarTitle> : null}
        {props.children}
      </MessageBarBody>
      {props.actions ? <MessageBarActions>{props.actions}</MessageBarActions> : null}
    </MessageBar>
  );
}
