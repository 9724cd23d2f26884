"""English and Turkish interface strings, the chosen language, and dates per language.

A small catalogue instead of gettext machinery: the interface has a few hundred
strings and two languages. The language comes from `?lang=`, then the `lang` cookie
(set when someone switches), then the browser's Accept-Language, then English.
"""
from __future__ import annotations

import datetime as dt

from flask import g, request

LANGUAGES = ("en", "tr")
COOKIE = "lang"

TR: dict[str, str] = {
    "Search": "Ara",
    "Search the archive": "Arşivde ara",
    "Browse": "Göz at",
    "Publications": "Yayınlar",
    "Search help": "Arama yardımı",
    "Help": "Yardım",
    "JSON API": "JSON API",
    "Skip to content": "İçeriğe geç",
    "Skip to the results": "Sonuçlara geç",
    "Human-rights documentation on Türkiye": "Türkiye'de insan hakları belgeleri",
    "Human-rights documentation on Türkiye: UN, Council of Europe, EU and civil society":
        "Türkiye'de insan hakları belgeleri: BM, Avrupa Konseyi, AB ve sivil toplum",
    "Open archive": "Açık arşiv",
    "Language": "Dil",
    "English": "İngilizce",
    "Turkish": "Türkçe",
    "French": "Fransızca",
    "Kurdish": "Kürtçe",
    "Azerbaijani": "Azerbaycan Türkçesi",
    "Undetermined": "Belirlenemedi",
    "Mechanism": "Mekanizma",
    "Body": "Organ",
    "Document type": "Belge türü",
    "Legal topic": "Hukuki konu",
    "Country": "Ülke",
    "Mentions": "Adı geçen ülkeler",
    "Article": "Madde",
    "Conclusion": "Sonuç",
    "Finding": "Tespit",
    "Art.": "Md.",
    "Violation": "İhlal",
    "No violation": "İhlal yok",
    "Admissible": "Kabul edilebilir",
    "Inadmissible": "Kabul edilemez",
    "Struck out": "Kayıttan düşürüldü",
    "About": "Konu ülke",
    "Conclusions": "Sonuçlar",
    "Log out everywhere": "Her yerden çıkış yap",
    "Searched for": "Aranan",
    "everything": "tümü",
    "parts of the query that are not search syntax were read as text":
        "sorgunun arama sözdizimi olmayan kısımları metin olarak okundu",
    "Formation": "Daire",
    "Grand Chamber": "Büyük Daire",
    "Chamber": "Daire",
    "Committee": "Komite",
    "Commission": "Komisyon",
    "Plenary": "Genel Kurul",
    "Separate opinions": "Ayrık görüşler",
    "Year": "Yıl",
    "Filters": "Filtreler",
    "Active filters": "Etkin filtreler",
    "Remove filter": "Filtreyi kaldır",
    "Clear all filters": "Tüm filtreleri kaldır",
    "any of": "herhangi biri",
    "all of": "hepsi",
    "none of": "hiçbiri",
    "Results": "Sonuçlar",
    "document": "belge",
    "documents": "belge",
    "Sort": "Sırala",
    "relevance": "ilgi",
    "newest": "en yeni",
    "recently added": "son eklenen",
    "Date added": "Eklenme tarihi",
    "in the last %(n)s days": "son %(n)s günde",
    "Added since": "Eklenme başlangıcı",
    "Added until": "Eklenme bitişi",
    "oldest": "en eski",
    "title": "başlık",
    "Did you mean": "Bunu mu demek istediniz",
    "Also searched": "Ayrıca arandı",
    "exact words only": "yalnızca yazılan sözcükler",
    "No documents match.": "Eşleşen belge yok.",
    "Try fewer words, a prefix such as": "Daha az sözcük deneyin, örneğin",
    "or remove a filter.": "gibi bir önek kullanın ya da bir filtreyi kaldırın.",
    "That query could not be read:": "Bu sorgu okunamadı:",
    "at character": "karakter",
    "Previous": "Önceki",
    "Next": "Sonraki",
    "Page": "Sayfa",
    "of": "/",
    "Pages": "Sayfalar",
    "p.": "s.",
    "Subscribe (Atom)": "Abone ol (Atom)",
    "Export CSV": "CSV olarak indir",
    "Export JSON Lines": "JSON Lines olarak indir",
    "Permalink": "Kalıcı bağlantı",
    "From year": "Başlangıç yılı",
    "To year": "Bitiş yılı",
    "Apply": "Uygula",
    "Symbol": "Simge",
    "Date": "Tarih",
    "Countries": "Ülkeler",
    "Topics": "Konular",
    "Identifiers": "Tanımlayıcılar",
    "Original": "Özgün dosya",
    "Published by": "Yayımlayan",
    "Found at": "Bulunduğu adres",
    "Download the original file": "Özgün dosyayı indir",
    "open the PDF at page": "PDF'i şu sayfada aç:",
    "Text read by OCR from a scan; mean confidence": "Metin taranmış sayfadan OCR ile okundu; ortalama güven",
    "Cites": "Atıf yaptığı belgeler",
    "Cited by": "Atıf yapan belgeler",
    "Cite this document": "Bu belgeye atıf",
    "Copy citation": "Atfı kopyala",
    "Copied": "Kopyalandı",
    "More like this": "Benzer belgeler",
    "text": "metin",
    "no text layer": "metin katmanı yok",
    "needs password": "parola gerekiyor",
    "Back to search": "Aramaya dön",
    "Back to results": "Sonuçlara dön",
    "for Excel": "Excel için",
    "Also in": "Başka dillerde",
    "This page as": "Bu sayfa:",
    "reports and briefings": "rapor ve bilgi notu",
    "Search and filter them": "Bunlarda ara ve filtrele",
    "Other": "Diğer",
    "Found on pages": "Geçtiği sayfalar",
    "The searched words do not occur in the text of this document.":
        "Aranan sözcükler bu belgenin metninde geçmiyor.",
    "Undated": "Tarihsiz",
    "From": "Başlangıç",
    "Until": "Bitiş",
    "any": "herhangi",
    "web": "web",
    "command line": "komut satırı",
    "Changes and details": "Değişiklikler ve ayrıntılar",
    "Yes, delete this document (it can be restored from the deleted documents list)":
        "Evet, bu belgeyi sil (silinen belgeler listesinden geri getirilebilir)",
    "Mechanisms and bodies": "Mekanizmalar ve organlar",
    "Legal topics": "Hukuki konular",
    "Document types": "Belge türleri",
    "Reports and briefings, newest first": "Raporlar ve bilgi notları, en yeniler önce",
    "Something went wrong on our side; please try again later":
        "Bizden kaynaklanan bir sorun oluştu; lütfen daha sonra yeniden deneyin",
    "Not found": "Bulunamadı",
    "Query syntax": "Sorgu sözdizimi",
    "You type": "Yazdığınız",
    "Finds": "Bulduğu",
    "Switch to": "Dil değiştir:",
    # admin area
    "Action": "İşlem",
    "Add a user": "Kullanıcı ekle",
    "Add": "Ekle",
    "Admin": "Yönetim",
    "Adopted (YYYY, YYYY-MM or YYYY-MM-DD)": "Kabul tarihi (YYYY, YYYY-AA veya YYYY-AA-GG)",
    "Audit log": "Denetim kaydı",
    "Countries (ISO codes, comma-separated)": "Ülkeler (ISO kodları, virgülle ayrılmış)",
    "Defaults for what the sheet and the rules do not say": "Tablonun ve kuralların belirlemediği alanlar için varsayılanlar",
    "Delete": "Sil",
    "Details": "Ayrıntılar",
    "Disable": "Devre dışı bırak",
    "Document": "Belge",
    "Documents": "Belgeler",
    "Download the report (CSV)": "Raporu indir (CSV)",
    "Earlier versions of the original": "Özgün dosyanın önceki sürümleri",
    "Email": "E-posta",
    "Enable": "Etkinleştir",
    "Files": "Dosyalar",
    "Filter": "Süz",
    "Item": "Öğe",
    "Kind": "Tür",
    "Last login": "Son giriş",
    "Latest runs": "Son çalıştırmalar",
    "Log in": "Giriş yap",
    "Log out": "Çıkış yap",
    "Metadata sheet (optional CSV)": "Üst veri tablosu (isteğe bağlı CSV)",
    "Newer": "Daha yeni",
    "No documents.": "Belge yok.",
    "No items.": "Öğe yok.",
    "No runs yet.": "Henüz çalıştırma yok.",
    "Nothing yet.": "Henüz bir şey yok.",
    "Older": "Daha eski",
    "Outcome": "Sonuç",
    "Outcomes": "Sonuçlar",
    "Overview": "Genel bakış",
    "Own identifiers (one per line)": "Kendi tanımlayıcıları (her satıra bir tane)",
    "PDF, DOCX, HTML, text, or a zip of them": "PDF, DOCX, HTML, metin ya da bunların zip arşivi",
    "Page 1": "Sayfa 1",
    "Password (at least 12 characters)": "Parola (en az 12 karakter)",
    "Password": "Parola",
    "Published (YYYY, YYYY-MM or YYYY-MM-DD)": "Yayın tarihi (YYYY, YYYY-AA veya YYYY-AA-GG)",
    "Reason": "Neden",
    "Replace the original file (the current one is kept as an earlier version)": "Özgün dosyayı değiştir (mevcut dosya önceki sürüm olarak saklanır)",
    "Replace": "Değiştir",
    "pages read by OCR, mean confidence": "sayfa OCR ile okundu, ortalama güven",
    "No page was read by OCR.": "Hiçbir sayfa OCR ile okunmadı.",
    "Last OCR run": "Son OCR çalışması",
    "OCR is running; reload the page to see the result.": "OCR çalışıyor; sonucu görmek için sayfayı yenileyin.",
    "Languages (tesseract codes, e.g. tur+eng; empty: the default)": "Diller (tesseract kodları, ör. tur+eng; boş: varsayılan)",
    "Read with OCR": "OCR ile oku",
    "Restore": "Geri getir",
    "Retry failed items": "Başarısız öğeleri yeniden dene",
    "Role": "Rol",
    "Run": "Çalıştırma",
    "Runs": "Çalıştırmalar",
    "Save": "Kaydet",
    "Set by a person (kept when enrichment runs again)": "Bir kişi tarafından belirlendi (zenginleştirme yeniden çalışınca korunur)",
    "Show": "Göster",
    "Staff": "Çalışanlar",
    "Started": "Başladı",
    "State": "Durum",
    "Status": "Durum",
    "Target": "Hedef",
    "Title": "Başlık",
    "Title, symbol or id": "Başlık, simge veya kimlik",
    "Topics (keys, comma-separated)": "Konular (anahtarlar, virgülle ayrılmış)",
    "Updated": "Güncellendi",
    "Upload and import": "Yükle ve içe aktar",
    "Upload documents": "Belge yükle",
    "Upload": "Yükle",
    "Users": "Kullanıcılar",
    "Visibility": "Görünürlük",
    "When": "Ne zaman",
    "Who": "Kim",
    "active": "etkin",
    "all": "tümü",
    "at most": "en fazla",
    "deleted documents": "silinmiş belge",
    "deleted": "silinmiş",
    "detected": "algılanır",
    "disabled": "devre dışı",
    "finished": "bitti",
    "in all": "toplamda",
    "items done": "öğe tamamlandı",
    "live": "yayında",
    "original file": "özgün dosya",
    "pages": "sayfa",
    "public documents": "herkese açık belge",
    "public page": "herkese açık sayfa",
    "restricted documents": "kısıtlı belge",
    "Wrong email or password, or the account is disabled.": "E-posta veya parola yanlış ya da hesap devre dışı.",
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
           "Kasım", "Aralık"],
}


def current_language() -> str:
    if "lang" not in g:
        chosen = request.args.get("lang")
        if chosen not in LANGUAGES:
            chosen = request.cookies.get(COOKIE)
        if chosen not in LANGUAGES:
            chosen = request.accept_languages.best_match(LANGUAGES, default="en")
        g.lang = chosen
    return g.lang  # type: ignore[no-any-return]


def gettext(text: str) -> str:
    return TR.get(text, text) if current_language() == "tr" else text


def format_date(value: dt.date | str | None, precision: str | None = "day") -> str:
    """A date as people write it in the interface language, at its precision."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    months = MONTHS[current_language()]
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return f"{months[value.month - 1]} {value.year}"
    return f"{value.day} {months[value.month - 1]} {value.year}"
