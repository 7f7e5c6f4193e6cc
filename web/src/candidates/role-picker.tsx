import type { TRole } from '../../../src/shared/schemas/panel.js';
import { labelOf } from '../format.js';

/** Props of RolePicker. */
export interface RolePickerProps {
  roles: TRole[];
  value: string;
  onChange: (roleId: string) => void;
}

/** Choose the role whose pipeline to show. */
export function RolePicker({ roles, value, onChange }: RolePickerProps) {
  return (
    <div className="field role-picker">
      <label htmlFor="pipeline-role">Role</label>
      <select id="pipeline-role" value={value} onChange={(e) => onChange(e.target.value)}>
        {roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title} ({labelOf(r.level)})
          </option>
        ))}
      </select>
    </div>
  );
}
