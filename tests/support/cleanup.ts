// Vitest setup file: every test file removes the temp folders it made (a full run left ~200 behind).
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp';

afterAll(() => removeTempDirs());
