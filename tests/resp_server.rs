#[path = "../examples/resp_server"]
pub mod resp_server {
    pub mod commands;
    pub mod keyspace;
    pub mod protocol;
    pub mod reply;
}
