//! The Yew shell.
