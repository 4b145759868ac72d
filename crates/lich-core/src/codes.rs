//! One table per code.
//!
//! Every enum that has a wire code (`"day_off"`, `"confirmed"`, `"agenda"`,
//! …) is declared once with [`codes!`](crate::codes!): its variants and their codes sit
//! side by side, and `ALL`, `CODES`, `code()`, `parse()` and the serde
//! form all come from that one list, so a code cannot be added to one place
//! and forgotten in another. `parse` of an unknown code is `None`, never
//! some other variant.

/// Declares a fieldless enum with one wire code per variant.
///
/// ```
/// lich_core::codes! {
///     /// A colour.
///     pub enum Colour {
///         /// Red.
///         Red = "red",
///         /// Blue.
///         Blue = "blue",
///     }
/// }
/// assert_eq!(Colour::parse("blue"), Some(Colour::Blue));
/// assert_eq!(Colour::Red.code(), "red");
/// assert_eq!(Colour::CODES, ["red", "blue"]);
/// assert_eq!(Colour::parse("green"), None);
/// ```
#[macro_export]
macro_rules! codes {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every code, in the same order.
            pub const CODES: &'static [&'static str] = &[$($code),+];

            /// The wire code.
            pub const fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }

            /// The variant of a wire code, if it is one.
            pub fn parse(code: &str) -> Option<Self> {
                match code {
                    $($code => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl $crate::__serde::Serialize for $name {
            fn serialize<S: $crate::__serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }
    };
}
