import { zipReader } from './zip-size'

/**
 * What an upload that is not an .xlsx is, told from its first bytes, as the message that says what to do (decisions 041,
 * 050). Both the upload route (415) and the parser ask this, so the two never word it differently.
 */
export function notXlsxMessage(bytes: Uint8Array): string | undefined {
  const magic = Buffer.from(bytes.subarray(0, 4)).toString('hex')
  // Told here rather than in the parser (decision 069) so the upload route answers it 415 like an .xls.
  if (magic === '504b0304') return isOpenDocument(bytes) ? '这是 OpenDocument 表格（.ods）文件，请在 WPS 或 LibreOffice 中「另存为」.xlsx 后再上传' : undefined
  if (magic === 'd0cf11e0') {
    // Excel, WPS and LibreOffice all save a password-protected .xlsx inside an OLE container, like an old .xls.
    return isEncryptedPackage(bytes)
      ? '文件设置了打开密码，请在 Excel 或 WPS 中打开后取消密码，再保存为 .xlsx 上传'
      : '这是旧版 Excel（.xls）或 WPS 表格（.et）文件，请在 Excel 或 WPS 中“另存为” .xlsx 格式后上传'
  }
  if (magic === '25504446') return '这是 PDF 文件，请上传 Excel（.xlsx）文件：下载模板填写后上传'
  if (magic.startsWith('89504e47') || magic.startsWith('ffd8ff')) return '这是图片文件，请上传 Excel（.xlsx）文件：下载模板填写后上传'
  const text = textKind(bytes)
  // Many systems' "导出Excel" writes an HTML table or Excel 2003 XML under an .xls name; Excel opens both with a warning.
  if (text === 'html') return '这是网页格式的表格（扩展名虽是 .xls，内容是 HTML），请在 Excel 或 WPS 中打开后“另存为” .xlsx，并把内容复制到本平台模板中上传'
  if (text === 'xml2003') return '这是 Excel 2003 XML 表格，请在 Excel 或 WPS 中打开后“另存为” .xlsx，并把内容复制到本平台模板中上传'
  // Excel on Chinese Windows saves "CSV (逗号分隔)" in GBK, "CSV UTF-8" with a BOM: either way one sheet of text.
  if (text === 'csv') return '这是 CSV 文本文件，只能保存一张表，放不下模板的多张工作表；请下载模板，把内容粘贴到对应工作表后保存为 .xlsx 上传'
  return '文件不是 Excel（.xlsx）格式，请上传从本平台下载的模板'
}

/**
 * Zips that are not an .xlsx, told by the part that names them; undefined for anything else. Asked after the size guards,
 * before exceljs, which would only call them broken.
 */
export function otherZipMessage(bytes: Uint8Array): string | undefined {
  const has = zipReader(bytes)
  if (!has) return undefined
  // Excel's binary workbook (.xlsb) is a zip too, with no XML for exceljs to read.
  if (has('xl/workbook.bin')) return '这是 Excel 二进制工作簿（.xlsb），请在 Excel 中“另存为” .xlsx 格式后上传'
  // A .numbers file saved as one file (Numbers 3+): protobuf parts, no XML.
  if (has('Index/Document.iwa')) return '这是 Numbers 文件，请在 Numbers 中选择「文件 → 导出为 → Excel」，保存为 .xlsx 后上传'
  if (has('word/document.xml')) return '这是 Word 文档，请上传 Excel（.xlsx）文件：下载模板填写后上传'
  return undefined
}

/**
 * An .ods is a zip too; by the OpenDocument standard its first entry is an uncompressed `mimetype`
 * file naming the format, so the first bytes tell it apart from an .xlsx without unpacking.
 */
function isOpenDocument(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 120)).toString('latin1').includes('mimetypeapplication/vnd.oasis.opendocument')
}

/** The OLE directory of an encrypted OOXML file names an "EncryptedPackage" stream (UTF-16LE). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'))
}

/**
 * Text uploads by their opening: no NUL byte in the first 4 KB (UTF-8 and GBK text have none; binary formats do).
 * Encoding does not matter here: the markers looked for are ASCII in both.
 */
function textKind(bytes: Uint8Array): 'html' | 'xml2003' | 'csv' | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096))
  if (head.length === 0 || head.includes(0)) return undefined
  const start = head.toString('latin1').replace(/^\xef\xbb\xbf/, '').trimStart().toLowerCase()
  if (start.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml2003'
  if (/^<(!doctype html|html|table|meta|head|body)\b/.test(start) || start.includes('<table')) return 'html'
  if (start.startsWith('<')) return undefined
  return /[,\t;]/.test(start) ? 'csv' : undefined
}
