//! The site folder: seed files, sidecars, entity files and the other site files,
//! written into a folder that is replaced only when it holds a previous corpus.

mod annotations;
mod articles;
mod editorial;
mod entity_files;
mod folder;
mod sidecar;
mod site;

pub use articles::write_articles;
pub use entity_files::write_entities;
pub use folder::{prepare_dir, write_marker};
pub use site::write_site;
