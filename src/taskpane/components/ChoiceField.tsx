import * as React from 'react';
import { Dropdown, Field, Option } from '@fluentui/react-components';

export type Choice<T extends string> = { readonly value: T; readonly label: string };

export type ChoiceFieldProps<T extends string> = {
  readonly label: string;
  readonly value: T;
  readonly choices: readonly Choice<T>[];
  readonly onChange: (value: T) => void;
  readonly hint?: string;
};

/** A labelled dropdown over a fixed set of values, with an optional one-line hint below. */
export function ChoiceField<T extends string>(props: ChoiceFieldProps<T>): React.ReactElement {
  const current = props.choices.find((c) => c.value === props.value);
  return (
    <Field label={props.label} hint={props.hint}>
      <Dropdown
        value={current?.label ?? ''}
        selectedOptions={[props.value]}
        onOptionSelect={(_e, d) => {
          if (d.optionValue !== undefined) props.onChange(d.optionValue as T);
        }}
      >
        {props.choices.map((c) => (
          <Option key={c.value} value={c.value}>
            {c.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
