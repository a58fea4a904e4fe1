// The labels of printed documents in English, German, French, Chinese and Japanese.
#include "render/document_labels.hpp"

namespace dues::render {
namespace {

constexpr DocumentLabels k_english{
    "Invoice",
    "Credit note",
    "Statement of account",
    "Number",
    "Date",
    "Due date",
    "Terms",
    "Your order",
    "Customer",
    "Corrects invoice",
    "Reason",
    "Bill to",
    "Tax id",
    "Description",
    "Qty",
    "Unit",
    "Price",
    "Tax",
    "Discount",
    "Amount",
    "Subtotal",
    "Total",
    "Tax summary",
    "Rate",
    "Net",
    "Instalments",
    "{percent} discount if paid by {date}.",
    "Payment",
    "Please pay {amount} by {due}, quoting the reference {reference}.",
    "Reference",
    "Bank",
    "Account",
    "Routing number",
    "Pay online",
    "Scan to pay",
    "Alipay",
    "WeChat Pay",
    "Notes",
    "Page {page} of {pages}",
    "continued",
    "Period",
    "Opening balance",
    "Closing balance",
    "Balance",
    "Type",
    "Detail",
    "Aging",
    "Not due",
    "Credit",
    "Paid",
    // sepa: the pre-notification of a direct debit
    "{amount} will be collected by SEPA direct debit on {date} (mandate reference {mandate}, creditor id {creditor}); please do not transfer it.",
    // the legend of items taxed at a reduced rate ([taxes.CODE] reduced = true)
    "※ reduced tax rate"};

constexpr DocumentLabels k_german{
    "Rechnung",
    "Gutschrift",
    "Kontoauszug",
    "Nummer",
    "Datum",
    "Fällig am",
    "Bedingungen",
    "Ihre Bestellung",
    "Kunde",
    "Korrigiert Rechnung",
    "Grund",
    "Rechnung an",
    "USt-IdNr.",
    "Beschreibung",
    "Menge",
    "Einheit",
    "Preis",
    "Steuer",
    "Rabatt",
    "Betrag",
    "Zwischensumme",
    "Gesamt",
    "Steuerübersicht",
    "Satz",
    "Netto",
    "Raten",
    "{percent} Skonto bei Zahlung bis {date}.",
    "Zahlung",
    "Bitte überweisen Sie {amount} bis {due} mit dem Verwendungszweck {reference}.",
    "Verwendungszweck",
    "Bank",
    "Konto",
    "Bankleitzahl",
    "Online bezahlen",
    "Scannen und bezahlen",
    "Alipay",
    "WeChat Pay",
    "Hinweise",
    "Seite {page} von {pages}",
    "Fortsetzung",
    "Zeitraum",
    "Anfangssaldo",
    "Endsaldo",
    "Saldo",
    "Art",
    "Details",
    "Fälligkeiten",
    "Nicht fällig",
    "Guthaben",
    "Bezahlt",
    "Der Betrag von {amount} wird am {date} per SEPA-Lastschrift eingezogen (Mandatsreferenz {mandate}, Gläubiger-ID {creditor}); bitte nicht überweisen.",
    "※ ermäßigter Steuersatz"};

constexpr DocumentLabels k_french{
    "Facture",
    "Avoir",
    "Relevé de compte",
    "Numéro",
    "Date",
    "Échéance",
    "Conditions",
    "Votre commande",
    "Client",
    "Corrige la facture",
    "Motif",
    "Facturer à",
    "N° TVA",
    "Description",
    "Qté",
    "Unité",
    "Prix",
    "Taxe",
    "Remise",
    "Montant",
    "Sous-total",
    "Total",
    "Récapitulatif TVA",
    "Taux",
    "Base",
    "Échéances",
    "Escompte de {percent} en cas de paiement avant le {date}.",
    "Paiement",
    "Merci de régler {amount} avant le {due} avec la référence {reference}.",
    "Référence",
    "Banque",
    "Compte",
    "Code banque",
    "Payer en ligne",
    "Scanner pour payer",
    "Alipay",
    "WeChat Pay",
    "Remarques",
    "Page {page} sur {pages}",
    "suite",
    "Période",
    "Solde initial",
    "Solde final",
    "Solde",
    "Type",
    "Détail",
    "Antériorité",
    "Non échu",
    "Crédit",
    "Payé",
    "Le montant de {amount} sera prélevé par prélèvement SEPA le {date} (référence unique de mandat {mandate}, identifiant créancier {creditor}) ; merci de ne pas le virer.",
    "※ taux réduit"};

constexpr DocumentLabels k_chinese{"发票",
                                   "贷项通知单",
                                   "对账单",
                                   "编号",
                                   "日期",
                                   "到期日",
                                   "付款条件",
                                   "订单号",
                                   "客户",
                                   "更正发票",
                                   "原因",
                                   "购买方",
                                   "税号",
                                   "描述",
                                   "数量",
                                   "单位",
                                   "单价",
                                   "税",
                                   "折扣",
                                   "金额",
                                   "小计",
                                   "合计",
                                   "税额汇总",
                                   "税率",
                                   "计税金额",
                                   "分期付款",
                                   "{date}前付款可享{percent}折扣。",
                                   "付款方式",
                                   "请于{due}前支付{amount}，并注明参考号{reference}。",
                                   "参考号",
                                   "开户行",
                                   "账号",
                                   "银行代码",
                                   "在线支付",
                                   "扫码支付",
                                   "支付宝",
                                   "微信支付",
                                   "备注",
                                   "第{page}页，共{pages}页",
                                   "续",
                                   "期间",
                                   "期初余额",
                                   "期末余额",
                                   "余额",
                                   "类型",
                                   "明细",
                                   "账龄",
                                   "未到期",
                                   "贷方",
                                   "已付",
                                   "金额 {amount} 将于 {date} 通过 SEPA 直接借记扣款（授权编号 {mandate}，债权人标识 {creditor}），请勿另行转账。",
                                   "※ 适用低税率"};

constexpr DocumentLabels k_japanese{"請求書",
                                    "クレジットノート",
                                    "取引明細書",
                                    "番号",
                                    "日付",
                                    "支払期日",
                                    "支払条件",
                                    "注文番号",
                                    "顧客",
                                    "訂正対象の請求書",
                                    "理由",
                                    "請求先",
                                    "登録番号",
                                    "品目",
                                    "数量",
                                    "単位",
                                    "単価",
                                    "税",
                                    "値引",
                                    "金額",
                                    "小計",
                                    "合計",
                                    "税率別内訳",
                                    "税率",
                                    "対象額",
                                    "分割払い",
                                    "{date}までのお支払いで{percent}割引。",
                                    "お支払い",
                                    "{due}までに{amount}をお支払いください。参照番号：{reference}",
                                    "参照番号",
                                    "銀行",
                                    "口座番号",
                                    "支店コード",
                                    "オンライン決済",
                                    "スキャンして支払う",
                                    "Alipay",
                                    "WeChat Pay",
                                    "備考",
                                    "{page} / {pages} ページ",
                                    "続き",
                                    "期間",
                                    "期首残高",
                                    "期末残高",
                                    "残高",
                                    "種類",
                                    "明細",
                                    "年齢別残高",
                                    "期日前",
                                    "貸方",
                                    "支払済",
                                    "{amount} は {date} に SEPA ダイレクトデビットで引き落とされます（マンデート番号 {mandate}、債権者ID {creditor}）。お振込みは不要です。",
                                    "※は軽減税率対象"};

} // namespace

const DocumentLabels& document_labels(std::string_view language) {
  if (language == "de") {
    return k_german;
  }
  if (language == "fr") {
    return k_french;
  }
  if (language == "zh") {
    return k_chinese;
  }
  if (language == "ja") {
    return k_japanese;
  }
  return k_english;
}

std::string
fill_labels(std::string_view pattern,
            std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
  std::string out;
  std::size_t at = 0;
  while (at < pattern.size()) {
    const std::size_t open = pattern.find('{', at);
    const std::size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
    if (close == std::string_view::npos) {
      out += pattern.substr(at);
      break;
    }
    out += pattern.substr(at, open - at);
    const std::string_view name = pattern.substr(open + 1, close - open - 1);
    bool replaced = false;
    for (const auto& [key, value] : values) {
      if (key == name) {
        out += value;
        replaced = true;
      }
    }
    if (!replaced) {
      out += pattern.substr(open, close - open + 1);
    }
    at = close + 1;
  }
  return out;
}

} // namespace dues::render
