import { expect, test } from "vitest";
import { renderCorefile } from "./corefile";

test("a server block with a nested forward block", () => {
  expect(
    renderCorefile([{ zones: ["crdb.svc.cluster.local:53"], directives: [{ name: "cache", args: ["30"] }, { name: "forward", args: [".", "${DNS_IP}"], block: [{ name: "force_tcp" }] }] }]),
  ).toBe("crdb.svc.cluster.local:53 {\n    cache 30\n    forward . ${DNS_IP} {\n        force_tcp\n    }\n}\n");
});

test.each(["a}b", "a b", "#x", "a\nb", "${lower}", "$(cmd)", ""])("refuses the token %j", (bad) => {
  expect(() => renderCorefile([{ zones: [bad], directives: [] }])).toThrow(/safe Corefile token/);
});
