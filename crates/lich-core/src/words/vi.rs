//! Tiếng Việt: the product's language.

use super::{Catalogue, CliMessage, DayDescription, Feed, Host, LoadMessage, Marker, Names, Ui};
use crate::calendar::names::Lang;
use crate::calendar::sexagenary::CanChi;
use crate::calendar::LunarDate;
use crate::day_marks::Group;
use crate::embed_options::{OptionName, OptionProblem};
use crate::error::{Error, Expected};
use crate::notice::FindingKind;
use crate::schedule::conflicts::Conflict;
use crate::schedule::problem::{Encoding, Item, JsonType, ProblemKind, Syntax};
use crate::schedule::{
    Audience, BreakPart, Channel, Composition, Confidence, DayOffReason, DayPart, DocDate,
    Document, DutyType, Kind,
};
use crate::text::dmy;
use crate::widget::View;
use chrono::{Datelike, NaiveDate};

/// The Vietnamese catalogue.
#[derive(Debug)]
pub struct Vi;

/// Nhãn của giao diện.
pub const UI: Ui = Ui {
    views_label: "Chế độ xem",
    other_lang: "English",
    other_lang_label: "Switch to English",
    prev_year: "Năm trước",
    prev_month: "Tháng trước",
    next_month: "Tháng sau",
    next_year: "Năm sau",
    today: "Hôm nay",
    tet: "Tết",
    tet_go: "đến mùng 1 Tết của năm",
    pick_month: "Tháng",
    pick_year: "Năm",
    month_option: "Tháng",
    go: "Xem",
    mark_off: "Nghỉ",
    mark_compensatory: "Nghỉ bù",
    mark_workday: "Làm bù",
    mark_flag: "Treo cờ",
    mark_deadline: "Hạn",
    mark_duty: "Trực",
    mark_expected: "Dự kiến",
    expected_in_title: "dự kiến",
    mark_overruled: "Mâu thuẫn",
    details_events: "Sự kiện trong ngày",
    no_events: "Không có sự kiện nào trong ngày này.",
    can_chi: "Ngày {d}, tháng {m}, năm {y}",
    solar_term: "Tiết khí",
    solar_term_in_name: "tiết khí",
    lunar_in_cell: "âm lịch",
    term_begins: "bắt đầu hôm nay",
    hours_show: "Xem giờ hoàng đạo",
    hours_hide: "Ẩn giờ hoàng đạo",
    hours_title: "Giờ hoàng đạo",
    audience: "Đối tượng",
    due_to: "Gửi về",
    channels: "Gửi qua",
    daily: "hằng ngày",
    swap: "Hoán đổi",
    begins: "Bắt đầu",
    composition: "Gồm",
    source: "Căn cứ",
    relays: " (thực hiện ",
    contacts: "Liên hệ",
    contact: "Liên hệ",
    confidence: "Mức xác thực",
    filters_label: "Hiển thị",
    agenda_title: "Lịch công tác",
    next_off: "Kỳ nghỉ tiếp theo",
    undated_title: "Việc chưa có ngày cụ thể",
    nothing: "Không có sự kiện nào trong khoảng này.",
    export: "Tải tệp lịch (.ics)",
    export_failed: "Chưa tạo được tệp lịch (mất kết nối?); bấm để thử lại",
    export_nothing: "Mọi loại sự kiện đang ẩn: không có gì để tải về.",
    subscribe: "Đăng ký lịch",
    subscribe_lead: "Đăng ký một lần, ứng dụng lịch tự nhận quyết định năm sau và mọi đính chính.",
    subscribe_webcal: "Mở bằng Lịch (iPhone, Mac) hoặc Outlook",
    subscribe_url: "Địa chỉ để sao chép:",
    subscribe_google: "Google Lịch (trên máy tính): Lịch khác › + › “Từ URL”, dán địa chỉ trên. Điện thoại Android nhận lịch sau khi đồng bộ.",
    year_title: "Năm",
    print: "In lịch năm",
    conv_solar_title: "Dương lịch → Âm lịch",
    conv_lunar_title: "Âm lịch → Dương lịch",
    conv_solar_date: "Ngày dương lịch",
    conv_lunar_year: "Năm âm lịch",
    conv_lunar_month: "Tháng",
    conv_lunar_day: "Ngày",
    conv_leap: "Tháng nhuận",
    conv_result: "Kết quả",
    conv_numbers: "Hãy nhập năm, tháng và ngày bằng số.",
    conv_date_hint: "Chọn ngày bằng nút lịch trong ô, hoặc gõ lần lượt từng phần ngày, tháng, năm theo thứ tự ô hiện.",
    legend_title: "Chú giải",
    legend_off: "Ngày nghỉ",
    legend_workday: "ngày làm bù (làm việc)",
    legend_flag: "Treo cờ",
    legend_deadline: "hạn chót",
    legend_duty: "trực",
    legend_today: "hôm nay: số ngày trong vòng tròn",
    legend_expected: "theo luật, chưa có quyết định của Thủ tướng (nền sọc)",
    legend_overruled: "các văn bản khác nhau về ngày này; văn bản sau được áp dụng",
    legend_lunar: "Số nhỏ: ngày âm lịch",
    legend_new_month: "Ngày/tháng âm (ví dụ 1/1): ngày đầu tháng âm lịch; N: tháng nhuận",
    legend_named: "✱ (trên màn hình hẹp): ngày có tên lễ hoặc tiết khí, xem trong phần chi tiết",
    notes_title: "Nội dung khác của văn bản",
    also_title: "Các văn bản cùng nói về việc này",
    sources_title: "Các văn bản làm căn cứ",
    static_list_title: "Ngày nghỉ, treo cờ, trực và hạn chót trong tháng",
    data_from: "Dữ liệu",
    data_builtin: "có sẵn trong lịch",
    no_number: "(không số)",
    page_title: "Lịch",
};

/// Tên gọi của lịch.
pub const NAMES: Names = Names {
    weekdays: [
        "Thứ Hai",
        "Thứ Ba",
        "Thứ Tư",
        "Thứ Năm",
        "Thứ Sáu",
        "Thứ Bảy",
        "Chủ Nhật",
    ],
    weekdays_short: ["T2", "T3", "T4", "T5", "T6", "T7", "CN"],
    solar_months: [
        "Tháng 1",
        "Tháng 2",
        "Tháng 3",
        "Tháng 4",
        "Tháng 5",
        "Tháng 6",
        "Tháng 7",
        "Tháng 8",
        "Tháng 9",
        "Tháng 10",
        "Tháng 11",
        "Tháng 12",
    ],
    // Việt Nam có con Mèo, không phải con Thỏ.
    animals: [
        "Chuột", "Trâu", "Hổ", "Mèo", "Rồng", "Rắn", "Ngựa", "Dê", "Khỉ", "Gà", "Chó", "Lợn",
    ],
    solar_terms: [
        "Xuân phân",
        "Thanh minh",
        "Cốc vũ",
        "Lập hạ",
        "Tiểu mãn",
        "Mang chủng",
        "Hạ chí",
        "Tiểu thử",
        "Đại thử",
        "Lập thu",
        "Xử thử",
        "Bạch lộ",
        "Thu phân",
        "Hàn lộ",
        "Sương giáng",
        "Lập đông",
        "Tiểu tuyết",
        "Đại tuyết",
        "Đông chí",
        "Tiểu hàn",
        "Đại hàn",
        "Lập xuân",
        "Vũ thủy",
        "Kinh trập",
    ],
};

/// Tên tháng âm lịch, tháng 1 trước: Giêng … Chạp.
pub const LUNAR_MONTHS: [&str; 12] = [
    "Giêng",
    "Hai",
    "Ba",
    "Tư",
    "Năm",
    "Sáu",
    "Bảy",
    "Tám",
    "Chín",
    "Mười",
    "Mười Một",
    "Chạp",
];

/// The name of lunar month `m` (1–12), without "tháng".
pub fn lunar_month_name(m: u8) -> &'static str {
    LUNAR_MONTHS
        .get(usize::from(m.max(1) - 1))
        .copied()
        .unwrap_or("?")
}

/// The label of lunar day `d`: "mùng 1" … "mùng 10", "Rằm" for 15, the
/// number otherwise.
pub fn lunar_day_label(d: u8) -> String {
    match d {
        1..=10 => format!("mùng {d}"),
        15 => "Rằm".to_string(),
        _ => d.to_string(),
    }
}

fn range() -> String {
    let r = crate::calendar::RANGE;
    format!("{} đến {}", dmy(*r.start()), dmy(*r.end()))
}

fn json_type(t: JsonType) -> &'static str {
    match t {
        JsonType::Null => "null",
        JsonType::Bool => "giá trị true/false",
        JsonType::Number => "một số",
        JsonType::String => "một chuỗi",
        JsonType::Array => "một mảng",
        JsonType::Object => "một đối tượng",
    }
}

fn expected_type(t: JsonType) -> &'static str {
    match t {
        JsonType::Null => "null",
        JsonType::Bool => "giá trị true hoặc false",
        JsonType::Number => "một số",
        JsonType::String => "một chuỗi \"…\"",
        JsonType::Array => "một mảng […]",
        JsonType::Object => "một đối tượng {…}",
    }
}

fn quoted(c: char) -> String {
    if c.is_control() {
        format!("ký tự điều khiển U+{:04X}", c as u32)
    } else {
        format!("'{c}'")
    }
}

fn syntax(s: Syntax) -> String {
    match s {
        Syntax::TrailingText => "có nội dung thừa sau khi JSON đã kết thúc".into(),
        Syntax::Expected { wanted, found } => format!(
            "cần ký tự '{wanted}' nhưng gặp {}",
            found.map_or("chỗ kết thúc tệp".into(), quoted)
        ),
        Syntax::TooDeep { max } => format!("mảng và đối tượng lồng nhau sâu quá {max} cấp"),
        Syntax::UnexpectedChar(c) => format!(
            "{} không hợp lệ: giá trị phải là chuỗi, số, đối tượng, mảng, true, false hoặc null",
            quoted(c)
        ),
        Syntax::UnexpectedEnd => "tệp kết thúc khi còn thiếu giá trị".into(),
        Syntax::UnknownWord(w) => {
            format!("từ không hợp lệ: có phải là {w}? (chuỗi phải đặt trong dấu ngoặc kép)")
        }
        Syntax::NotANumber => "đây không phải là số".into(),
        Syntax::UnclosedString => "chuỗi chưa được đóng (thiếu dấu \")".into(),
        Syntax::BadEscape => "chuỗi thoát sau \\ không hợp lệ".into(),
        Syntax::ControlInString => {
            "chuỗi chứa ký tự xuống dòng hoặc ký tự điều khiển (hãy viết \\n)".into()
        }
        Syntax::BadHexEscape => "\\u cần bốn chữ số thập lục phân".into(),
        Syntax::LoneSurrogate => {
            "nửa cặp thay thế \\u: mã \\ud800–\\udbff phải có mã \\udc00–\\udfff ngay sau".into()
        }
        Syntax::ArrayPunctuation => "cần dấu ',' hoặc ']' trong mảng".into(),
        Syntax::KeyExpected => "cần tên trường đặt trong dấu ngoặc kép".into(),
        Syntax::ObjectPunctuation => {
            "cần dấu ',' hoặc '}' trong đối tượng (có thể thiếu dấu phẩy)".into()
        }
    }
}

fn list(items: &[&str]) -> String {
    items.join(", ")
}

fn or_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} hoặc {last}", init.join(", ")),
    }
}

fn month_dmy(d: NaiveDate) -> String {
    format!("{:02}/{}", d.month(), d.year())
}

fn option_values(o: OptionName) -> String {
    match o {
        OptionName::Month => format!(
            "cần tháng dạng YYYY-MM, tháng 01–12, từ {} đến {}, hoặc today",
            month_dmy(*crate::calendar::RANGE.start()),
            month_dmy(*crate::calendar::RANGE.end())
        ),
        OptionName::Lang => "cần vi hoặc en".into(),
        OptionName::Src => "cần đường dẫn http(s) hoặc đường dẫn tương đối".into(),
        OptionName::Data => "cần merge hoặc replace".into(),
        OptionName::View => format!("cần {}", or_list(View::CODES)),
        OptionName::Kinds => format!("cần danh sách {}", list(Group::CODES)),
        OptionName::FirstDay => "cần mon hoặc sun".into(),
        OptionName::Theme => "cần auto, light hoặc dark".into(),
        OptionName::Compact => "cần true hoặc false".into(),
        OptionName::Feed => "cần đường dẫn http(s) của một tệp lịch .ics đã xuất bản".into(),
        // Audience::CODES as words, written out: a second call of `or_list`
        // costs the first load 60 bytes gzip (a test checks the list).
        OptionName::Who => {
            "cần public_sector, private_workers, businesses, pupils hoặc households".into()
        }
    }
}

/// Nhãn của tệp iCalendar và nguồn lịch.
pub const FEED: Feed = Feed {
    national_name: "Ngày nghỉ lễ, Tết, treo cờ và lễ hội Việt Nam",
    duty_types: "Nội dung trực",
    duty_hours: "Thời gian trực",
    due_to: "Gửi về",
    channels: "Gửi qua",
    undated: "Việc văn bản không ghi ngày",
};

/// Lời của trang chứa lịch.
pub const HOST: Host = Host {
    static_note: "Lịch tương tác không chạy được trên trình duyệt hoặc trang này: đây là bản xem tĩnh của tháng, các nút không hoạt động.",
    src_refused: "Lịch: không dùng src=\"{src}\" — chỉ hiển thị được tệp trên chính trang web này (hoặc nguồn mà quản trị trang cho phép).",
};

impl Catalogue for Vi {
    fn lang(&self) -> Lang {
        Lang::Vi
    }

    fn finding(&self, f: &FindingKind) -> String {
        match f {
            FindingKind::Weekday { date, stated } => format!(
                "ngày {} là {}, không phải {}",
                dmy(*date),
                NAMES.weekdays[date.weekday().num_days_from_monday() as usize],
                NAMES.weekdays[usize::from(*stated) % 7]
            ),
            FindingKind::Lunar {
                date,
                stated: (day, month, year),
                actual,
            } => {
                let mut said = format!("ngày {day}");
                if *month != 0 {
                    said += &format!(" tháng {month}");
                }
                if let Some(y) = year {
                    said += &format!(" năm {y}");
                }
                format!(
                    "ngày {} là {} âm lịch, không phải {said}",
                    dmy(*date),
                    self.lunar_date(*actual)
                )
            }
            FindingKind::Backwards { from, to } => format!(
                "khoảng thời gian kết thúc ngày {} trước khi bắt đầu (ngày {})",
                dmy(*to),
                dmy(*from)
            ),
            FindingKind::Count { stated, from, to } => format!(
                "ghi {stated} ngày, nhưng từ {} đến hết {} là {} ngày",
                dmy(*from),
                dmy(*to),
                (*to - *from).num_days() + 1
            ),
        }
    }

    fn feed(&self) -> &'static Feed {
        &FEED
    }

    fn host(&self) -> &'static Host {
        &HOST
    }

    fn duty_type(&self, t: DutyType) -> &'static str {
        match t {
            DutyType::Leadership => "trực lãnh đạo",
            DutyType::Operations => "trực điều hành",
            DutyType::Shift => "trực ca",
            DutyType::IncidentResponse => "trực ứng cứu thông tin",
            DutyType::NetworkOperation => "trực vận hành khai thác mạng lưới",
        }
    }

    fn day_part(&self, part: DayPart, day: &str) -> String {
        let part = match part {
            DayPart::Morning => "sáng",
            DayPart::Afternoon => "chiều",
            DayPart::Evening => "tối",
        };
        format!("{part} {day}")
    }

    fn composition(&self, c: &Composition) -> String {
        let parts = c
            .parts()
            .map(|(part, n)| {
                let kind = match part {
                    BreakPart::Holidays => "nghỉ lễ",
                    BreakPart::WeeklyRest => "nghỉ hằng tuần",
                    BreakPart::Compensatory => "nghỉ bù",
                    BreakPart::Swapped => "nghỉ hoán đổi",
                };
                format!("{n} ngày {kind}")
            })
            .collect::<Vec<_>>();
        crate::text::series(&parts, "và")
    }

    fn swap(&self, off: &str, worked: &str) -> String {
        format!("nghỉ {off}, làm bù {worked}")
    }

    fn channel(&self, c: Channel) -> &'static str {
        match c {
            Channel::Email => "thư điện tử",
            Channel::Phone => "điện thoại",
            Channel::Paper => "văn bản giấy",
            Channel::DocumentSystem => "hệ thống quản lý văn bản",
        }
    }

    fn audience_group(&self, a: Audience) -> &'static str {
        match a {
            Audience::PublicSector => "cán bộ, công chức, viên chức",
            Audience::PrivateWorkers => "người lao động khu vực doanh nghiệp",
            Audience::Businesses => "doanh nghiệp",
            Audience::Pupils => "học sinh, sinh viên",
            Audience::Households => "hộ gia đình",
        }
    }

    fn calendar_name(&self, files: &[&str], national: bool) -> String {
        match (files, national) {
            ([], _) => FEED.national_name.into(),
            (files, false) => files.join("; "),
            (files, true) => format!("{} và lịch nghỉ lễ toàn quốc", files.join("; ")),
        }
    }

    fn ui(&self) -> &'static Ui {
        &UI
    }

    fn names(&self) -> &'static Names {
        &NAMES
    }

    fn view(&self, v: View) -> &'static str {
        match v {
            View::Month => "Tháng",
            View::Agenda => "Lịch công tác",
            View::Year => "Năm",
            View::Converter => "Đổi ngày",
        }
    }

    fn group(&self, g: Group) -> &'static str {
        match g {
            Group::DaysOff => "Ngày nghỉ",
            Group::Flags => "Treo cờ",
            Group::Work => "Trực và hạn chót",
            Group::Festivals => "Lễ hội",
        }
    }

    fn error(&self, e: &Error) -> String {
        match e {
            Error::DayOutOfRange { day: (y, m, d) } => {
                format!(
                    "ngày {d:02}/{m:02}/{y:04} nằm ngoài khoảng lịch hỗ trợ ({})",
                    range()
                )
            }
            Error::LunarYearOutOfRange { year } => format!(
                "năm âm lịch {year} nằm ngoài khoảng lịch hỗ trợ (dương lịch {})",
                range()
            ),
            Error::LunarMonthNumber { month } => {
                format!("không có tháng âm lịch {month}: tháng âm lịch đánh số từ 1 đến 12")
            }
            Error::LunarDayNumber { day } => {
                format!("không có ngày âm lịch {day}: ngày âm lịch đánh số từ 1 đến 30")
            }
            Error::NoSuchLeapMonth {
                year,
                month,
                leap_month,
            } => match leap_month {
                None => format!("năm âm lịch {year} không có tháng nhuận"),
                Some(l) => {
                    format!("năm âm lịch {year} chỉ nhuận tháng {l}, không nhuận tháng {month}")
                }
            },
            Error::LunarDayTooLarge {
                year,
                month,
                leap,
                day,
                length,
            } => format!(
                "không có ngày {day}: tháng {}{} năm {year} chỉ có {length} ngày",
                lunar_month_name(*month),
                if *leap { " nhuận" } else { "" }
            ),
            Error::SolarMonthNumber { year, month } => {
                format!("không có tháng {month} năm {year}: tháng phải từ 1 đến 12")
            }
            Error::SolarDayTooLarge { year, month, day } => {
                format!("không có ngày {day:02}/{month:02}/{year:04}: tháng {month}/{year} không có ngày {day}")
            }
            Error::Parse { input, expected } => format!(
                "không đọc được \"{input}\": cần {}",
                match expected {
                    Expected::SolarDate => "ngày dạng YYYY-MM-DD (năm-tháng-ngày)",
                    Expected::LunarDate => "ngày âm lịch dạng YYYY-M-D",
                    Expected::Month => "tháng dạng YYYY-MM",
                    Expected::LunarLine => "NĂM_ÂM THÁNG_ÂM NGÀY_ÂM NHUẬN (NHUẬN là 0 hoặc 1)",
                }
            ),
        }
    }

    fn problem(&self, p: &ProblemKind) -> String {
        use ProblemKind as P;
        match p {
            P::FileTooLarge { bytes, limit } => {
                format!("tệp dài {bytes} byte; giới hạn là {limit} byte (1 MiB)")
            }
            P::NotUtf8 { offset, guess } => format!(
                "tệp không được mã hóa UTF-8 (byte ở vị trí {offset}, tính từ 0, không hợp lệ){}; hãy lưu lại tệp dạng UTF-8",
                match guess {
                    Encoding::Utf16Le | Encoding::Utf16Be => ": có vẻ là UTF-16 (\"Unicode\")",
                    Encoding::Legacy => ": có vẻ là bảng mã cũ như Windows-1258 hoặc TCVN3",
                }
            ),
            P::Syntax(s) => syntax(*s),
            P::TooManyEvents { count, limit } => format!("{count} sự kiện; giới hạn là {limit}"),
            P::More { count } => {
                format!("và {count} lỗi khác chưa liệt kê; hãy sửa các lỗi trên trước")
            }
            P::WrongType { expected, found } => {
                format!("cần {}, gặp {}", expected_type(*expected), json_type(*found))
            }
            P::Empty => "không được để trống".into(),
            P::UnknownField {
                key,
                suggestion,
                allowed,
            } => format!(
                "trường \"{key}\" không được hỗ trợ{}; các trường hợp lệ: {}",
                suggestion.map_or(String::new(), |s| format!(" (có phải \"{s}\"?)")),
                list(allowed)
            ),
            P::DuplicateField { key } => format!("trường \"{key}\" xuất hiện hai lần"),
            P::MissingField { key } => format!("thiếu trường bắt buộc \"{key}\""),
            P::NotInteger { value, min, max } => {
                format!("{value} không phải là số nguyên từ {min} đến {max}")
            }
            P::BadDate(e) => self.error(e),
            P::DocDateBlank => "đang để trống: nếu không biết ngày ban hành thì bỏ hẳn trường \"date\" (chỉ biết tháng thì ghi YYYY-MM)".into(),
            P::MonthOutOfRange { year, month } => format!(
                "tháng {month:02}/{year:04} nằm ngoài khoảng lịch hỗ trợ ({})",
                range()
            ),
            P::BadLink { value } => format!(
                "\"{value}\" không phải liên kết hợp lệ (phải bắt đầu bằng https:// hoặc http://, không có dấu cách hay dấu ngoặc kép)"
            ),
            P::UnknownValue { value, allowed } => format!(
                "giá trị \"{value}\" không hợp lệ; các giá trị hợp lệ: {}",
                list(allowed)
            ),
            P::FormatVersion => {
                "chương trình chỉ đọc được định dạng 1: hãy viết \"format\": 1".into()
            }
            P::FormatQuoted => {
                "\"format\" phải là số 1, không đặt trong dấu ngoặc kép".into()
            }
            P::NotTime { value } => format!(
                "\"{value}\" không phải giờ trong ngày dạng HH:MM (00:00 đến 23:59, ví dụ \"09:00\" cho \"trước 09 giờ 00\")"
            ),
            P::NotPhone { value } => format!("\"{value}\" không phải số điện thoại"),
            P::NotEmail { value } => format!(
                "\"{value}\" không phải địa chỉ thư điện tử đơn giản (trước @ chỉ có chữ, số và . _ + -, sau @ là tên miền; không có dấu cách, ?, &, = hay %)"
            ),
            P::OnlyForKind { key, kinds } => format!(
                "trường \"{key}\" chỉ dùng cho loại \"{}\"",
                kinds.iter().map(|k| k.code()).collect::<Vec<_>>().join("\" hoặc \"")
            ),
            P::ReportNeedsPhase => "báo cáo cần trường \"report_phase\": before (trước), during (trong), after (sau) hoặc incident (đột xuất)".into(),
            P::OneDateForm => "sự kiện cần đúng một trong các trường \"date\", \"from\"+\"to\", \"lunar\", \"solar\" hoặc \"undated\"".into(),
            P::ToNeedsFrom => "\"to\" cần đi kèm \"from\"".into(),
            P::FromNeedsTo => "\"from\" cần đi kèm \"to\" (ngày cuối, tính cả ngày đó)".into(),
            P::RangeBackwards { from, to } => format!(
                "khoảng thời gian kết thúc ({}) trước khi bắt đầu ({})",
                dmy(*to),
                dmy(*from)
            ),
            P::YearsBackwards { from, to } => {
                format!("năm kết thúc ({to}) trước năm bắt đầu ({from})")
            }
            P::LunarDay30NeedsRule => "tháng thiếu (29 ngày) không có ngày 30: thêm \"missing_day\": \"last_day\" (ngày cuối tháng) hoặc \"skip\" (bỏ qua)".into(),
            P::February29NeedsRule => "ngày 29/02 chỉ có trong năm nhuận: thêm \"missing_day\": \"last_day\" (ngày 28/02 các năm khác) hoặc \"skip\" (bỏ qua)".into(),
            P::NoSuchSolarDay { month, day } => format!("tháng {month} không có ngày {day}"),
            P::DuplicateId { id } => format!("mã \"{id}\" bị dùng hai lần"),
            P::MissingSource { event, kind } => format!(
                "sự kiện \"{event}\" loại \"{kind}\" phải dẫn ít nhất một văn bản trong \"sources\""
            ),
            P::UnknownDocument { item, id, document } => format!(
                "{} \"{id}\" dẫn văn bản \"{document}\" không có trong \"documents\"",
                match item {
                    Item::Event => "sự kiện",
                    Item::Note => "ghi chú",
                    Item::Document => "văn bản",
                }
            ),
            P::InvalidDocument { document } => format!(
                "văn bản \"{document}\" được dẫn nhưng chính nó có lỗi (xem lỗi ở văn bản đó)"
            ),
            P::UnknownContact { event, contact } => format!(
                "sự kiện \"{event}\" dẫn liên hệ \"{contact}\" không có trong \"contacts\""
            ),
            P::BadCode { value } => format!(
                "\"{value}\" không phải là mã: chỉ dùng chữ thường không dấu, chữ số và dấu - (ví dụ \"tet-am-lich\")"
            ),
            P::NeedsField { key, needs } => format!("trường \"{key}\" cần đi kèm \"{needs}\""),
            P::StatuteNeedsRule => "trường \"statute\" chỉ dùng cho quy tắc hằng năm (\"lunar\" hoặc \"solar\")".into(),
            P::FixedOverDays { fixed, days } => {
                format!("\"fixed\" ({fixed}) không được lớn hơn \"days\" ({days})")
            }
            P::UnknownEvent { event, id } => format!(
                "sự kiện \"{event}\" thay thế \"{id}\", nhưng tệp này không có sự kiện khác mang mã đó (với sự kiện của tệp khác, viết mã-tệp/mã-sự-kiện)"
            ),
            P::CompositionCount { counted, days } => format!(
                "\"composition\" đếm {counted} ngày, nhưng đợt nghỉ có {days} ngày: tổng các loại ngày nghỉ phải bằng số ngày từ \"from\" đến \"to\""
            ),
            P::NotADayOff { event, id } => format!(
                "ngày làm bù \"{event}\" bù cho \"{id}\", nhưng tệp này không có ngày nghỉ (\"day_off\") mang mã đó"
            ),
            P::DocumentCycle { document, key } => format!(
                "văn bản \"{document}\" quay về chính nó qua \"{key}\": một văn bản không thể thay thế hay thực hiện chính nó, trực tiếp hay qua văn bản khác"
            ),
            P::OffAndWorked { day, work, off } => format!(
                "ngày {} vừa là ngày làm bù (\"{work}\") vừa là ngày nghỉ (\"{off}\")",
                dmy(*day)
            ),
        }
    }

    fn kind(&self, k: &Kind) -> &'static str {
        match k {
            Kind::Holiday => "Ngày lễ",
            Kind::DayOff(DayOffReason::Compensatory) => "Nghỉ bù",
            Kind::DayOff(DayOffReason::Swap) => "Nghỉ hoán đổi",
            Kind::DayOff(DayOffReason::Holiday | DayOffReason::Weekend) => "Ngày nghỉ",
            Kind::MakeUpWorkday { .. } => "Làm bù",
            Kind::Flag => "Treo cờ",
            Kind::Duty { .. } => "Trực",
            Kind::Deadline { .. } => "Hạn chót",
            Kind::Report { .. } => "Báo cáo",
            Kind::Festival => "Lễ hội truyền thống",
            Kind::Observance => "Ngày kỷ niệm",
            Kind::Service => "Lịch phục vụ",
        }
    }

    fn confidence(&self, c: Confidence) -> &'static str {
        match c {
            Confidence::Confirmed => "đã xác nhận",
            Confidence::SingleSource => "một nguồn",
            Confidence::Derived => "suy ra bằng tính toán",
            Confidence::Unverified => "chưa xác minh",
            Confidence::Pending => "chờ quyết định",
            Confidence::Expected => "dự kiến theo luật, chờ quyết định của Thủ tướng",
        }
    }

    fn marker(&self, m: Marker) -> &'static str {
        match m {
            Marker::Off => "ngày nghỉ",
            Marker::Compensatory => "nghỉ bù",
            Marker::Swap => "ngày nghỉ hoán đổi",
            Marker::Workday => "ngày làm bù",
            Marker::Flag => "treo cờ",
            Marker::Duty => "trực",
            Marker::Deadline => "hạn chót",
            Marker::Expected => "dự kiến, chưa có quyết định",
            Marker::Overruled => "có văn bản khác nói khác",
        }
    }

    fn countdown(&self, days: i64) -> String {
        match days {
            0 => "hôm nay".into(),
            1 => "ngày mai".into(),
            n if n > 1 => format!("còn {n} ngày"),
            n => format!("đã qua {} ngày", -n),
        }
    }

    fn solar_date(&self, d: NaiveDate) -> String {
        let wd = d.weekday().num_days_from_monday() as usize;
        format!("{}, {}", NAMES.weekdays[wd], dmy(d))
    }

    fn solar_date_spoken(&self, d: NaiveDate) -> String {
        let wd = d.weekday().num_days_from_monday() as usize;
        format!(
            "{}, {} tháng {} năm {}",
            NAMES.weekdays[wd],
            d.day(),
            d.month(),
            d.year()
        )
    }

    fn lunar_month(&self, month: u8, leap: bool) -> String {
        format!(
            "tháng {}{}",
            lunar_month_name(month),
            if leap { " nhuận" } else { "" }
        )
    }

    fn lunar_month_of_year(&self, month: u8, leap: bool, year: i32) -> String {
        format!(
            "{} {}",
            self.lunar_month(month, leap),
            CanChi::of_year(year).name()
        )
    }

    fn lunar_date(&self, l: LunarDate) -> String {
        format!(
            "{} {} năm {}",
            lunar_day_label(l.day()),
            self.lunar_month(l.month(), l.is_leap()),
            CanChi::of_year(l.year()).name()
        )
    }

    fn leap_hint(&self, year: i32, leap_month: Option<u8>) -> String {
        match leap_month {
            Some(m) => format!("Năm {year} nhuận tháng {m}."),
            None => format!("Năm {year} không có tháng nhuận."),
        }
    }

    fn compensation(&self, day: NaiveDate) -> String {
        format!("Nghỉ bù cho {}", self.solar_date(day))
    }

    fn days_count(&self, n: i64) -> String {
        format!("{n} ngày")
    }

    fn entries_count(&self, n: usize) -> String {
        format!("Danh sách có {n} mục.")
    }

    fn solar_month(&self, year: i32, month: u32) -> String {
        format!("Tháng {month}/{year}")
    }

    fn document_head(&self, d: &Document) -> String {
        let date = match d.date {
            DocDate::Day(x) => format!("ngày {}", dmy(x)),
            DocDate::Month(y, m) => format!("tháng {m:02}/{y}"),
            DocDate::Unknown => "không rõ ngày".into(),
        };
        let number = if d.number.is_empty() {
            UI.no_number
        } else {
            &d.number
        };
        format!("{number} {date} của")
    }

    fn option_problem(&self, p: &OptionProblem) -> String {
        match p {
            OptionProblem::BadValue { option, value } => format!(
                "{}=\"{value}\" không hợp lệ ({}); dùng giá trị mặc định",
                option.code(),
                option_values(*option)
            ),
            OptionProblem::Unknown { name } => format!(
                "tùy chọn \"{name}\" không được hỗ trợ (các tùy chọn: {})",
                list(OptionName::CODES)
            ),
        }
    }

    fn load(&self, m: &LoadMessage) -> String {
        match m {
            LoadMessage::Problems { src, count, shown } => format!(
                "Tệp dữ liệu {src} có {count} lỗi nên chưa được hiển thị: {}{}",
                shown
                    .iter()
                    .map(|p| p.line(Lang::Vi))
                    .collect::<Vec<_>>()
                    .join("; "),
                match count.saturating_sub(shown.len()) {
                    0 => String::new(),
                    n => format!(" (và {n} lỗi khác)"),
                }
            ),
            LoadMessage::Http { src, status } => format!(
                "Không tải được tệp dữ liệu {src} (máy chủ trả lời mã HTTP {status}); lịch vẫn hiển thị dữ liệu có sẵn."
            ),
            LoadMessage::Timeout { src, seconds } => format!(
                "Không tải được tệp dữ liệu {src} (quá {seconds} giây không có phản hồi); lịch vẫn hiển thị dữ liệu có sẵn."
            ),
            LoadMessage::Refused { src } => format!(
                "Không tải được tệp dữ liệu {src}: trình duyệt từ chối yêu cầu (mất mạng, hoặc cấu hình bảo mật của trang — Content-Security-Policy hay CORS — không cho phép); lịch vẫn hiển thị dữ liệu có sẵn."
            ),
            LoadMessage::OtherOrigin { src, origin } => format!(
                "Tệp dữ liệu {src} nằm ở trang web khác ({origin}) mà trang này không cho phép; lịch vẫn hiển thị dữ liệu có sẵn. Quản trị viên trang có thể cho phép (xem EMBEDDING.md, mục Security)."
            ),
            LoadMessage::SameId { src, id } => format!(
                "Tệp dữ liệu {src} dùng mã \"{id}\" của một bộ dữ liệu có sẵn nên không được hiển thị; hãy đặt cho tệp một mã riêng."
            ),
            LoadMessage::TooLarge { src, bytes } => format!(
                "Tệp dữ liệu {src} dài {bytes} byte, vượt giới hạn {} byte (1 MiB), nên không được đọc; lịch vẫn hiển thị dữ liệu có sẵn.",
                crate::schedule::MAX_FILE_BYTES
            ),
            LoadMessage::ReaderUnavailable { src } => format!(
                "Không đọc được tệp dữ liệu {src}: phần đọc tệp dữ liệu của lịch không tải được; lịch vẫn hiển thị dữ liệu có sẵn."
            ),
            LoadMessage::QueryIgnored => "Địa chỉ của trang này có chỉ định dữ liệu hoặc đối tượng (src, data, feed hay who); chỉ quản trị viên trang mới được chọn dữ liệu nên chỉ định này bị bỏ qua.".into(),
        }
    }

    fn conflict(&self, c: &Conflict) -> String {
        format!(
            "Ngày {}: \"{}\" ({}) là ngày làm bù, nhưng \"{}\" ({}) là ngày nghỉ",
            dmy(c.day),
            c.work.1,
            c.work.0,
            c.off.1,
            c.off.0
        )
    }

    fn cli(&self, m: &CliMessage) -> String {
        match m {
            CliMessage::Drafted {
                events,
                documents,
                contacts,
            } => format!(
                "bản nháp: {events} sự kiện, {documents} văn bản, {contacts} liên hệ, tất cả ở mức \"chưa xác minh\": đối chiếu từng mục với văn bản rồi sửa \"confidence\""
            ),
            CliMessage::Checked {
                dates,
                checks,
                findings,
            } => format!("đọc {dates} ngày, kiểm {checks} chỗ: {findings} chỗ sai với lịch"),
            CliMessage::Valid {
                events,
                documents,
                contacts,
                stale,
            } => {
                let mut m = format!("hợp lệ — {events} sự kiện, {documents} văn bản, {contacts} liên hệ");
                if *stale > 0 {
                    m += &format!("; {stale} sự kiện không hiển thị vì văn bản của chúng đã bị thay thế hoặc thu hồi");
                }
                m
            }
            CliMessage::Invalid { count } => format!("{count} lỗi"),
            CliMessage::RunValidate { count } => {
                format!("tệp có {count} lỗi; chạy `lich validate` để xem chi tiết")
            }
            CliMessage::Unreadable { reason } => format!("không đọc được tệp: {reason}"),
            CliMessage::UnknownKind { kind } => format!(
                "không có loại \"{kind}\"; các loại: {}",
                list(crate::schedule::KindCode::CODES)
            ),
            CliMessage::ToBeforeFrom { from, to } => {
                format!("--to {} trước --from {}", dmy(*to), dmy(*from))
            }
            CliMessage::Published {
                file,
                events,
                cancelled,
            } => format!("đã ghi {file}: {events} sự kiện, trong đó {cancelled} đã rút (CANCELLED)"),
            CliMessage::NotPublished { file, from, to } => format!(
                "không ghi {file}: không có sự kiện nào từ {} đến {}",
                dmy(*from),
                dmy(*to)
            ),
            CliMessage::BadFeedName { id } => format!(
                "mã tệp {id:?} không dùng làm tên tệp lịch được (chỉ chữ thường không dấu, số, dấu - và _)"
            ),
            CliMessage::NothingToExport { from, to } => format!(
                "không có sự kiện nào thuộc các loại đã chọn từ {} đến {}: không có gì để xuất (tệp iCalendar phải có ít nhất một sự kiện)",
                dmy(*from),
                dmy(*to)
            ),
            CliMessage::Clamped { from, to } => format!(
                "khoảng thời gian đã được thu lại trong khoảng hỗ trợ: {} đến {}",
                dmy(*from),
                dmy(*to)
            ),
            CliMessage::YearSummary {
                year,
                can_chi,
                branch,
                tet,
                months,
                days,
                leap_month,
            } => format!(
                "Năm {year} {can_chi} (con {}): Tết {}, {months} tháng, {days} ngày, {}",
                NAMES.animals[usize::from(*branch) % 12],
                dmy(*tet),
                leap_month.map_or("không có tháng nhuận".to_string(), |m| format!(
                    "nhuận tháng {m}"
                ))
            ),
            CliMessage::YearColumns => "Tháng           Ngày đầu     Số ngày".into(),
            CliMessage::TermsHeading => "Tiết khí (giờ Việt Nam, UTC+7)".into(),
            CliMessage::MonthPage { year, month } => format!("Lịch tháng {month}/{year}"),
            CliMessage::LineNotUtf8 { line } => {
                format!("dòng {line} không được mã hóa UTF-8")
            }
        }
    }

    fn day_description(&self, d: &DayDescription) -> String {
        let (day, month, year) = &d.can_chi;
        format!(
            "{} — {}\nNgày {day}, tháng {month}, năm {year} (con {})\nTiết khí: {}{}\nGiờ hoàng đạo: {}",
            self.solar_date(d.date),
            self.lunar_date(d.lunar),
            NAMES.animals[usize::from(d.branch) % 12],
            self.solar_term(d.term.0),
            if d.term.1 { " (bắt đầu hôm nay)" } else { "" },
            d.hours
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_labels() {
        assert_eq!(lunar_day_label(1), "mùng 1");
        assert_eq!(lunar_day_label(10), "mùng 10");
        assert_eq!(lunar_day_label(15), "Rằm");
        assert_eq!(lunar_day_label(29), "29");
        assert_eq!(lunar_month_name(12), "Chạp");
    }

    /// Vietnamese sentences write dates dd/mm/yyyy, never ISO.
    #[test]
    fn dates_in_sentences() {
        let e = Error::DayOutOfRange { day: (1750, 1, 1) };
        assert_eq!(
            Vi.error(&e),
            "ngày 01/01/1750 nằm ngoài khoảng lịch hỗ trợ (01/01/1800 đến 31/12/2399)"
        );
    }
}
