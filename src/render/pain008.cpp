#include "render/pain008.hpp"

#include <fmt/format.h>

namespace dues::render {
namespace {

std::string escape(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&apos;";
      break;
    default:
      if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') {
        out += c;
      }
    }
  }
  return out;
}

// A financial institution: its BIC, or "NOTPROVIDED" (IBAN-only, allowed since 2016).
std::string agent(const std::string& bic, int version) {
  if (bic.empty()) {
    return "<FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId>";
  }
  return fmt::format("<FinInstnId><{0}>{1}</{0}></FinInstnId>", version >= 8 ? "BICFI" : "BIC",
                     escape(bic));
}

void transaction(std::string& out, const Pain008Transaction& tx, int version) {
  out += "      <DrctDbtTxInf>\n";
  out += fmt::format("        <PmtId><EndToEndId>{}</EndToEndId></PmtId>\n", escape(tx.end_to_end));
  out += fmt::format("        <InstdAmt Ccy=\"EUR\">{}</InstdAmt>\n", tx.amount);
  out += fmt::format("        <DrctDbtTx><MndtRltdInf><MndtId>{}</MndtId><DtOfSgntr>{}</DtOfSgntr>"
                     "</MndtRltdInf></DrctDbtTx>\n",
                     escape(tx.mandate_id), escape(tx.signed_on));
  out += fmt::format("        <DbtrAgt>{}</DbtrAgt>\n", agent(tx.debtor_bic, version));
  out += fmt::format("        <Dbtr><Nm>{}</Nm></Dbtr>\n", escape(tx.debtor_name));
  out += fmt::format("        <DbtrAcct><Id><IBAN>{}</IBAN></Id></DbtrAcct>\n",
                     escape(tx.debtor_iban));
  out += fmt::format("        <RmtInf><Ustrd>{}</Ustrd></RmtInf>\n", escape(tx.remittance));
  out += "      </DrctDbtTxInf>\n";
}

} // namespace

std::string pain008_xml(const Pain008& message) {
  const int version = message.version;
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.008.001.{:02}\">\n",
                     version);
  out += "  <CstmrDrctDbtInitn>\n";
  out += fmt::format("    <GrpHdr>\n      <MsgId>{}</MsgId>\n      <CreDtTm>{}</CreDtTm>\n"
                     "      <NbOfTxs>{}</NbOfTxs>\n      <CtrlSum>{}</CtrlSum>\n"
                     "      <InitgPty><Nm>{}</Nm></InitgPty>\n    </GrpHdr>\n",
                     escape(message.message_id), escape(message.created), message.count,
                     message.control_sum, escape(message.creditor_name));
  for (const Pain008Batch& batch : message.batches) {
    out += "    <PmtInf>\n";
    out += fmt::format("      <PmtInfId>{}</PmtInfId>\n      <PmtMtd>DD</PmtMtd>\n"
                       "      <BtchBookg>true</BtchBookg>\n      <NbOfTxs>{}</NbOfTxs>\n"
                       "      <CtrlSum>{}</CtrlSum>\n",
                       escape(batch.id), batch.transactions.size(), batch.control_sum);
    out += fmt::format("      <PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl><LclInstrm><Cd>{}</Cd>"
                       "</LclInstrm><SeqTp>{}</SeqTp></PmtTpInf>\n",
                       escape(batch.scheme), escape(batch.sequence));
    out += fmt::format("      <ReqdColltnDt>{}</ReqdColltnDt>\n", escape(batch.collection_date));
    out += fmt::format("      <Cdtr><Nm>{}</Nm></Cdtr>\n", escape(message.creditor_name));
    out += fmt::format("      <CdtrAcct><Id><IBAN>{}</IBAN></Id></CdtrAcct>\n",
                       escape(message.creditor_iban));
    out += fmt::format("      <CdtrAgt>{}</CdtrAgt>\n", agent(message.creditor_bic, version));
    out += "      <ChrgBr>SLEV</ChrgBr>\n";
    out += fmt::format("      <CdtrSchmeId><Id><PrvtId><Othr><Id>{}</Id><SchmeNm><Prtry>SEPA"
                       "</Prtry></SchmeNm></Othr></PrvtId></Id></CdtrSchmeId>\n",
                       escape(message.creditor_id));
    for (const Pain008Transaction& tx : batch.transactions) {
      transaction(out, tx, version);
    }
    out += "    </PmtInf>\n";
  }
  out += "  </CstmrDrctDbtInitn>\n</Document>\n";
  return out;
}

} // namespace dues::render
