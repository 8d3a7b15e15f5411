#include "app/cli/HelpCommand.h"

#include <iostream>

namespace ts::cli {

HelpCommand::HelpCommand(CLI::App& app) : Command(app, "help", ""), m_app(app) {
    m_command->group("");  // hidden
    m_command->add_option("COMMAND", m_topic, "the subcommand to explain");
}

int HelpCommand::run() {
    const CLI::App* about = &m_app;
    std::string name = m_app.get_name();
    if (!m_topic.empty()) {
        const auto found = m_app.get_subcommands([this](CLI::App* sub) { return sub->check_name(m_topic); });
        if (found.empty()) throw UsageError("unknown command '" + m_topic + "'");
        about = found.front();
        name += " " + m_topic;
    }
    std::cout << m_app.get_formatter()->make_help(about, name, CLI::AppFormatMode::Normal);
    return kExitOk;
}

}  // namespace ts::cli
