//! The first-parent line of commits a history is read along, with the followed folder's tree
//! in each, followed to where it was when it moved as a whole.

use std::sync::Arc;

use gix::ObjectId;

use super::walk::join;

/// One commit of the first-parent line: its id, and the followed folder's path and tree in it.
pub(super) struct Link {
    pub id: ObjectId,
    pub path: Arc<str>,
    pub folder: Option<ObjectId>,
}

/// The first-parent line from `head`, newest first. A folder moved as a whole (Jekyll's
/// `site/` becoming `docs/`) is followed to where it was: when the folder is missing from a
/// commit, the commit's tree is searched for the folder's tree as the next commit had it.
pub(super) fn first_parents(
    repo: &gix::Repository,
    head: ObjectId,
    folder: &str,
) -> Result<Vec<Link>, String> {
    let walk = repo
        .rev_walk([head])
        .first_parent_only()
        .all()
        .map_err(|e| e.to_string())?;
    let mut chain: Vec<Link> = Vec::new();
    let mut path: Arc<str> = Arc::from(folder);
    for info in walk {
        let info = info.map_err(|e| e.to_string())?;
        let commit = repo.find_commit(info.id).map_err(|e| e.to_string())?;
        let tree = commit
            .tree()
            .map_err(|e| format!("commit {}: {e}", info.id))?;
        let mut found =
            folder_tree(&tree, &path).map_err(|e| format!("commit {}: {e}", info.id))?;
        if found.is_none()
            && let Some(Link {
                folder: Some(newer),
                ..
            }) = chain.last()
            && let Some(moved) = find_tree(repo, tree.id, *newer, MOVE_DEPTH)
        {
            path = Arc::from(moved.as_str());
            found = Some(*newer);
        }
        chain.push(Link {
            id: info.id,
            path: Arc::clone(&path),
            folder: found,
        });
    }
    Ok(chain)
}

/// How deep below the top folder a moved folder is looked for.
const MOVE_DEPTH: usize = 4;

/// The tree at `path` (`/`-separated, empty for the top) in `tree`, if it is a folder there.
fn folder_tree(tree: &gix::Tree<'_>, path: &str) -> Result<Option<ObjectId>, String> {
    if path.is_empty() {
        return Ok(Some(tree.id));
    }
    Ok(tree
        .lookup_entry_by_path(path)
        .map_err(|e| e.to_string())?
        .filter(|e| e.mode().is_tree())
        .map(|e| e.object_id()))
}

/// Where in the tree `root` (to `depth` folders down) the tree `wanted` is, breadth first.
fn find_tree(
    repo: &gix::Repository,
    root: ObjectId,
    wanted: ObjectId,
    depth: usize,
) -> Option<String> {
    let mut level = vec![(root, String::new())];
    for _ in 0..depth {
        let mut next = Vec::new();
        for (id, at) in level {
            let tree = repo.find_tree(id).ok()?;
            let decoded = tree.decode().ok()?;
            for entry in decoded.entries.iter().filter(|e| e.mode.is_tree()) {
                let path = join(&at, &entry.filename.to_string());
                if entry.oid == wanted.as_ref() {
                    return Some(path);
                }
                next.push((entry.oid.to_owned(), path));
            }
        }
        level = next;
    }
    None
}
