import { serveMonacoFile } from '@/lib/monacoFiles'

/** The Monaco editor's files from the application's origin (see src/lib/monacoFiles.ts). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ version: string; file: string[] }> },
): Promise<Response> {
  const { version, file } = await params
  return serveMonacoFile(version, file)
}
