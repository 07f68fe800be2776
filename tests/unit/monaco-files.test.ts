import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { installedMonacoVersion, monacoFile, monacoPackageDir, serveMonacoFile } from '@/lib/monacoFiles'

describe("the Monaco editor's files served from the application (src/lib/monacoFiles.ts)", () => {
  it('finds plain names inside the folder, scripts and stylesheets only', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'monaco-outside-'))
    writeFileSync(path.join(outside, 'secret.js'), 'secret')
    const root = mkdtempSync(path.join(os.tmpdir(), 'monaco-vs-'))
    mkdirSync(path.join(root, 'editor'))
    writeFileSync(path.join(root, 'loader.js'), '')
    writeFileSync(path.join(root, 'editor/editor.main.css'), '')
    writeFileSync(path.join(root, 'notes.d.ts'), '')
    symlinkSync(path.join(outside, 'secret.js'), path.join(root, 'link.js'))

    expect(await monacoFile(root, ['loader.js'])).toMatchObject({ type: 'text/javascript; charset=utf-8' })
    expect(await monacoFile(root, ['editor', 'editor.main.css'])).toMatchObject({ type: 'text/css; charset=utf-8' })
    for (const segments of [
      [],
      ['..', path.basename(outside), 'secret.js'],
      ['editor', '..', 'loader.js'],
      ['.', 'loader.js'],
      ['editor/../loader.js'],
      ['notes.d.ts'],
      ['missing.js'],
      ['editor'],
      ['link.js'],
      ['%2e%2e', 'loader.js'],
    ]) {
      expect(await monacoFile(root, segments), segments.join('/')).toBeNull()
    }
  })

  it("answers the installed version's loader with its bytes, type and a lasting cache", async () => {
    const version = await installedMonacoVersion()
    expect(version).toMatch(/^\d+\.\d+\.\d+/)
    const response = await serveMonacoFile(version!, ['loader.js'])
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('cache-control')).toContain('immutable')
    const expected = readFileSync(path.join(monacoPackageDir(), 'min/vs/loader.js'))
    expect(Buffer.from(await response.arrayBuffer()).equals(expected)).toBe(true)
  })

  it('answers 404 for another version or a path out of min/vs', async () => {
    const version = (await installedMonacoVersion())!
    expect((await serveMonacoFile('0.0.1', ['loader.js'])).status).toBe(404)
    expect((await serveMonacoFile(version, ['..', 'package.json'])).status).toBe(404)
    expect((await serveMonacoFile(version, ['..', '..', 'monaco-editor', 'package.json'])).status).toBe(404)
  })
})
