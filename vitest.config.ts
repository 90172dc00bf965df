// Tests mirror src/ under test/; they run against the TypeScript sources directly.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default"],
  },
});
