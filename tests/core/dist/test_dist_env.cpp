// The torchrun environment as a worker reads it: defaults for a single process, torchrun's variables, the agent
// store and its prefix, and clear refusals of malformed or inconsistent values.
#include "core/dist/DistEnv.h"

#include <QtTest>

#include <map>
#include <stdexcept>
#include <string>

namespace {

ts::DistEnv parse(const std::map<std::string, std::string>& vars) {
    return ts::distEnvFromEnvironment([&vars](const char* name) {
        const auto it = vars.find(name);
        return it == vars.end() ? std::string() : it->second;
    });
}

std::string refusal(const std::map<std::string, std::string>& vars) {
    try {
        parse(vars);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return {};
}

}  // namespace

class TestDistEnv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void singleProcessByDefault() {
        const ts::DistEnv env = parse({});
        QCOMPARE(env.worldSize, 1);
        QCOMPARE(env.rank, 0);
        QVERIFY(!env.distributed());
    }

    void torchrunWorker() {
        const ts::DistEnv env = parse({{"RANK", "3"},
                                       {"WORLD_SIZE", "4"},
                                       {"LOCAL_RANK", "1"},
                                       {"LOCAL_WORLD_SIZE", "2"},
                                       {"MASTER_ADDR", "10.0.0.7"},
                                       {"MASTER_PORT", "29511"},
                                       {"TORCHELASTIC_RESTART_COUNT", "2"},
                                       {"TORCHELASTIC_USE_AGENT_STORE", "True"}});
        QVERIFY(env.distributed());
        QCOMPARE(env.rank, 3);
        QCOMPARE(env.localRank, 1);
        QCOMPARE(env.localWorldSize, 2);
        QCOMPARE(env.masterAddr, std::string("10.0.0.7"));
        QCOMPARE(env.masterPort, 29511);
        QVERIFY(env.agentStore);
        QCOMPARE(env.storePrefix(), std::string("/worker/attempt_2"));
    }

    void plainEnvironmentHostsItsOwnStore() {
        const ts::DistEnv env = parse({{"RANK", "0"}, {"WORLD_SIZE", "2"}, {"MASTER_PORT", "1234"}});
        QVERIFY(!env.agentStore);
        QCOMPARE(env.masterAddr, std::string("127.0.0.1"));
        QCOMPARE(env.localRank, 0);
    }

    void badValuesAreNamed() {
        QVERIFY(refusal({{"WORLD_SIZE", "two"}}).find("WORLD_SIZE=two") != std::string::npos);
        QVERIFY(refusal({{"RANK", "2"}, {"WORLD_SIZE", "2"}, {"MASTER_PORT", "1"}}).find("not below WORLD_SIZE") !=
                std::string::npos);
        QVERIFY(refusal({{"RANK", "0"}, {"WORLD_SIZE", "2"}}).find("MASTER_PORT is not set") != std::string::npos);
        QVERIFY(refusal({{"WORLD_SIZE", "2"}, {"MASTER_PORT", "70000"}}).find("MASTER_PORT=70000") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestDistEnv)
#include "test_dist_env.moc"
