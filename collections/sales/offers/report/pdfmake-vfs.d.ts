/** pdfmake's bundled Roboto as base64 TTF files (the types package does not declare this file). */
declare module 'pdfmake/build/vfs_fonts.js' {
  const vfs: Record<string, string>
  export default vfs
}
