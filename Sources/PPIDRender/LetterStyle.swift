/// CSS shared by the letters (`Letter`): a letter on A4 portrait. On screen the letter is
/// shown as a sheet on a grey ground; in print the sheet is the paper and `@page` sets the
/// margins (this later `@page` rule overrides the landscape one of the shared base).
let letterCSS = """
@page { size: A4 portrait; margin: 15mm 20mm 15mm 25mm; }
body { font-size: 10.5pt; line-height: 1.3; }
@media screen {
  body { background: #e9e9e9; margin: 0; padding: 16px 0; }
  .letter { width: 210mm; max-width: 100%; margin: 0 auto; padding: 15mm 20mm 15mm 25mm; min-height: 297mm;
    background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
}
.letter p { margin: 0 0 6px; }
.kop { text-align: center; border-bottom: 3px double #000; padding-bottom: 6px; margin-bottom: 10px; }
.kop .kop-office { font-size: 14pt; font-weight: bold; text-transform: uppercase; margin: 0 0 2px; }
.kop .kop-details { font-size: 9.5pt; margin: 0; }
.notice-title { font-size: 13pt; text-align: center; text-decoration: underline; margin: 0 0 2px; letter-spacing: 0.5px; }
.letter .notice-number { text-align: center; margin-bottom: 10px; }
table.fields { width: 100%; margin: 0 0 8px; }
table.fields th, table.fields td { border: none; padding: 1px 0; background: none; }
table.fields th { font-weight: normal; width: 52mm; text-align: left; vertical-align: top; }
table.fields td.colon { width: 5mm; text-align: center; }
table.applicant { margin-left: 6mm; width: calc(100% - 6mm); }
.part { margin: 8px 0 8px; }
.part h2 { font-size: 10.5pt; margin: 0 0 4px; }
.box { display: inline-flex; align-items: center; justify-content: center; width: 3.4mm; height: 3.4mm;
  border: 1px solid #000; margin-right: 6px; font-size: 8pt; font-weight: bold; line-height: 1; vertical-align: -2px; }
.closing { margin-top: 10px; }
\(signatureCSS)
"""

/// CSS of the signature block (`Letter.signature`) and the dotted line (`Letter.blank`):
/// part of `letterCSS`, and added on its own to a register page that ends with a signature.
let signatureCSS = """
.blank { display: inline-block; min-width: 45mm; border-bottom: 1px dotted #000; height: 1em; vertical-align: bottom; }
.signature { width: 85mm; margin: 12px 0 0 auto; break-inside: avoid; page-break-inside: avoid; }
.signature p { margin: 0; }
.signature .signer-title { margin-top: 2px; }
.signature .signature-space { height: 20mm; }
.signature .signer-name { font-weight: bold; text-decoration: underline; }

"""
