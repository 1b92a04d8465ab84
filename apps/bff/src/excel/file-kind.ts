/**
 * What an upload that is not an .xlsx is, told from its first bytes, as the message that says what to do (decision 041).
 * Both the upload route (415) and the parser ask this, so the two never word it differently.
 */
export function notXlsxMessage(bytes: Uint8Array): string | undefined {
  const magic = Buffer.from(bytes.subarray(0, 4)).toString('hex')
  if (magic === '504b0304') return undefined
  if (magic === 'd0cf11e0') {
    // Excel, WPS and LibreOffice all save a password-protected .xlsx inside an OLE container, like an old .xls.
    return isEncryptedPackage(bytes)
      ? '文件设置了打开密码，请在 Excel 或 WPS 中打开后取消密码，再保存为 .xlsx 上传'
      : '这是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 格式后上传'
  }
  return '文件不是 Excel（.xlsx）格式，请上传从本平台下载的模板'
}

/** The OLE directory of an encrypted OOXML file names an "EncryptedPackage" stream (UTF-16LE). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'))
}
